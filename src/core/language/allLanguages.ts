import { pack as de } from "./packs/de";
import { pack as es } from "./packs/es";
import { pack as fr } from "./packs/fr";
import { pack as it } from "./packs/it";
import { pack as nl } from "./packs/nl";
import { pack as pt } from "./packs/pt";
import { acceptedOffers } from "../detect/acceptedOffers";
import { registerOfferReader } from "./offerReading";
import { registerLanguage } from "./registry";

/**
 * Registers every language at once, and the reading of replies to the rep's offers, for whatever
 * has no download to save: the CLI, the commands bundle, tests. A function rather than an import-time effect because bundles drop
 * core modules whose exports go unused (webpack `sideEffects: false` on src/core). Idempotent.
 */
export function registerAllLanguages(): void {
  for (const pack of [de, fr, es, pt, it, nl]) registerLanguage(pack);
  registerOfferReader(acceptedOffers);
}
