import type { TestProject } from 'vitest/node';
import { assertBuilt } from '../built/out-dir';
import { startSiteServer } from './site-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/** One server for the whole browser run; each test file launches its own Chromium. */
export default async function setup(project: TestProject) {
  assertBuilt();
  const server = await startSiteServer();
  project.provide('siteUrl', server.url);
  return () => server.close();
}
