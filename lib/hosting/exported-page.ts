import { transformPage } from './page-html';
import { addPolicyMeta } from './page-policy';
import { removeRuntime } from './strip-runtime';

/**
 * What every page Next exports becomes before it leaves the build: no client runtime, and its
 * own policy for hosts that send no headers. One parse and one serialization per page.
 */
export function finishExportedPage(html: string): string {
  return transformPage(html, removeRuntime, addPolicyMeta);
}
