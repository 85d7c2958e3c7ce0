import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUT_DIR, assertBuilt, builtPages, fileForPath } from './out-dir';

/*
 * Two independent checkers over every page of out/, each run once over all of them: the Nu HTML
 * checker (the W3C's, in Java) and html-validate with the rules in .htmlvalidate.json. What each
 * is told to leave aside, and why, is in docs/developers.md ("The HTML validators").
 */

const VNU_JAR = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

/**
 * The Nu checker reads each file from a file: address, where no stylesheet is "self" and where
 * it takes the JSON-LD block for a script, so it says every page's own policy blocks both. A
 * browser on the real host does neither: tests/browser checks the policy where it is in effect.
 */
const VNU_LEAVES_ASIDE = '.*violates Content Security Policy \\(meta tag\\).*';

interface VnuMessage {
  readonly type: string;
  readonly subType?: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly message: string;
}

function pageFiles(): string[] {
  return builtPages().map((urlPath) => {
    const file = fileForPath(urlPath);
    if (!file) throw new Error(`out/ has no file for ${urlPath}`);
    return file;
  });
}

/** "es/guia/index.html:1: error: …": where, and what the checker says. */
function located(file: string, line: number | undefined, kind: string, message: string): string {
  return `${path.relative(OUT_DIR, file)}${line === undefined ? '' : `:${line}`}: ${kind}: ${message}`;
}

/** One Java process over every page; its JSON report, once it is done. */
function runVnu(files: readonly string[]): Promise<{ stdout: string }> {
  return promisify(execFile)('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', '--filterpattern', VNU_LEAVES_ASIDE, ...files], {
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('every page of out/, in the HTML validators', () => {
  let files: string[] = [];
  let vnu: Promise<{ stdout: string }>;
  beforeAll(() => {
    assertBuilt();
    files = pageFiles();
    // Started first and awaited last: the Java checker runs on one core while html-validate runs on the other.
    vnu = runVnu(files);
    // A failure is reported by the test that awaits it, not as an unhandled rejection meanwhile.
    vnu.catch(() => undefined);
  });

  it('has no error and no warning in html-validate', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
    const found: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) found.push(located(file, message.line, message.ruleId, message.message));
      }
    }
    expect(found).toEqual([]);
  });

  it('has no error and no warning in the Nu HTML checker', async () => {
    const { stdout } = await vnu;
    const { messages } = JSON.parse(stdout) as { messages: VnuMessage[] };
    const found = messages.map((message) =>
      located(message.url ? new URL(message.url).pathname : '', message.lastLine, message.subType ?? message.type, message.message),
    );
    expect(found).toEqual([]);
  });
});
