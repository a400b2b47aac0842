/**
 * The manifest is written against the development server; a production build points every URL
 * at the address the add-in is served from, as the Office add-in templates do.
 */
const { URL } = require("url");

function publicUrlFromEnv(value, fallback) {
  if (!value) return fallback;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: ${value}`);
  }
  // Outlook refuses add-ins served over plain HTTP.
  if (url.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL must use https: ${value}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function rewriteManifestUrls(xml, devUrl, publicUrl) {
  return xml.split(devUrl).join(publicUrl);
}

module.exports = { publicUrlFromEnv, rewriteManifestUrls };
