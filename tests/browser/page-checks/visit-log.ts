import type { BrowserContext, Page } from 'playwright-core';

/** What a page did while it loaded: errors the browser reported, policy violations, every request. */
export interface VisitLog {
  /** Console errors, uncaught errors, failed requests and error answers for anything but the page itself. */
  readonly errors: string[];
  /** What the browser refused under the Content-Security-Policy. */
  readonly policyViolations: string[];
  /** Every address the browser asked for, the page itself included. */
  readonly requests: string[];
}

/** Starts recording before the page is opened, so nothing it does on load is missed. */
export function recordVisit(context: BrowserContext, page: Page): VisitLog {
  const log: VisitLog = { errors: [], policyViolations: [], requests: [] };
  context.on('request', (request) => log.requests.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) log.policyViolations.push(message.text());
    else if (message.type() === 'error') log.errors.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Cancelled because the page moved on (an old address's meta refresh): not a failure to load.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') log.errors.push(`request failed: ${request.url()}`);
  });
  page.on('response', (response) => {
    // A not-found page is served with status 404 by design; anything it pulls in must load.
    if (response.status() >= 400 && !response.request().isNavigationRequest()) log.errors.push(`${response.status()}: ${response.url()}`);
  });
  return log;
}
