// chrono-node publishes each locale as "chrono-node/<lang>" through its package exports, which
// TypeScript's "node" resolution does not read; these point the types at the same files.
declare module "chrono-node/de" {
  export * from "chrono-node/dist/esm/locales/de";
}
declare module "chrono-node/en" {
  export * from "chrono-node/dist/esm/locales/en";
}
declare module "chrono-node/es" {
  export * from "chrono-node/dist/esm/locales/es";
}
declare module "chrono-node/fr" {
  export * from "chrono-node/dist/esm/locales/fr";
}
declare module "chrono-node/it" {
  export * from "chrono-node/dist/esm/locales/it";
}
declare module "chrono-node/nl" {
  export * from "chrono-node/dist/esm/locales/nl";
}
declare module "chrono-node/pt" {
  export * from "chrono-node/dist/esm/locales/pt";
}
