import type { TestProject } from 'vitest/node';
import { startSiteServer } from '@/harness/site-server';
import { assertBuilt } from '@/tests/built/out-dir';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/** One server for the whole browser run; each test file launches its own Chromium. */
export default async function setup(project: TestProject) {
  assertBuilt();
  const site = await startSiteServer();
  project.provide('siteUrl', site.url);
  return async () => {
    await site.close();
  };
}
