import type { BrowserContext, Frame, Page, Request } from 'playwright-core';

/** What a page did while it loaded: errors the browser reported, policy violations, every request. */
export interface VisitLog {
  /** Console errors, uncaught errors, failed requests and error answers for anything but the page itself. */
  readonly errors: string[];
  /** What the browser refused under the Content-Security-Policy. */
  readonly policyViolations: string[];
  /** Every address the browser asked for, the page itself included. */
  readonly requests: string[];
}

export interface VisitRecording {
  readonly log: VisitLog;
  /** Resolves once the page's icon has loaded or failed: the browser asks for it after the load event. */
  iconSettled(): Promise<void>;
  /** Stops recording, so the tab can be used for the next visit. */
  stop(): void;
}

/** Starts recording before the page is opened, so nothing it does on load is missed. */
export function recordVisit(context: BrowserContext, page: Page): VisitRecording {
  const log: VisitLog = { errors: [], policyViolations: [], requests: [] };
  const settled = new Set<string>();
  let onSettled = () => {};
  const listeners = {
    request: (request: Request) => log.requests.push(request.url()),
    console: (message: { text(): string; type(): string }) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) log.policyViolations.push(message.text());
      else if (message.type() === 'error') log.errors.push(`console error: ${message.text()}`);
    },
    pageerror: (error: Error) => log.errors.push(`page error: ${error.message}`),
    requestfailed: (request: Request) => {
      // Cancelled because the page moved on (an old address's meta refresh): not a failure to load.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') log.errors.push(`request failed: ${request.url()}`);
      settle(request);
    },
    requestfinished: (request: Request) => settle(request),
    // An old address's page moves on to another: only the icon of the page the reader ends on counts.
    framenavigated: (frame: Frame) => {
      if (frame === page.mainFrame()) settled.clear();
    },
    response: (response: { status(): number; url(): string; request(): Request }) => {
      // A not-found page is served with status 404 by design; anything it pulls in must load.
      if (response.status() >= 400 && !response.request().isNavigationRequest()) log.errors.push(`${response.status()}: ${response.url()}`);
    },
  };
  function settle(request: Request) {
    settled.add(request.url());
    onSettled();
  }
  context.on('request', listeners.request);
  page.on('console', listeners.console);
  page.on('pageerror', listeners.pageerror);
  page.on('requestfailed', listeners.requestfailed);
  page.on('requestfinished', listeners.requestfinished);
  page.on('response', listeners.response);
  page.on('framenavigated', listeners.framenavigated);
  return {
    log,
    async iconSettled() {
      const icons = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')].map((link) => link.href));
      if (icons.length === 0) return;
      // The browser picks one of the icons the page offers.
      await new Promise<void>((resolve) => {
        onSettled = () => {
          if (icons.some((icon) => settled.has(icon))) resolve();
        };
        onSettled();
      });
    },
    stop() {
      context.off('request', listeners.request);
      page.off('console', listeners.console);
      page.off('pageerror', listeners.pageerror);
      page.off('requestfailed', listeners.requestfailed);
      page.off('requestfinished', listeners.requestfinished);
      page.off('response', listeners.response);
      page.off('framenavigated', listeners.framenavigated);
    },
  };
}
