import { CACHE_HASHED_ASSET, HASHED_ASSETS_PREFIX, headersFor } from './security-headers';

const asServeHeaders = (headers: readonly (readonly [string, string])[]) => headers.map(([key, value]) => ({ key, value }));

/**
 * The configuration of `serve` (the local preview server behind `npm start`). serve applies
 * every matching rule in order and a later value replaces an earlier one, so hashed assets
 * override the page Cache-Control.
 */
export function serveConfig() {
  return {
    trailingSlash: true,
    directoryListing: false,
    headers: [
      {
        source: '**',
        // Stryker disable next-line StringLiteral: every address but the hashed assets gets the same headers, and '' is not a hashed asset
        headers: asServeHeaders(headersFor('/')),
      },
      { source: `${HASHED_ASSETS_PREFIX.slice(1)}**`, headers: asServeHeaders([['Cache-Control', CACHE_HASHED_ASSET]]) },
    ],
  };
}
