import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AVAILABILITY_FILE,
  CLINIC_ARTICLE_FILE,
  CONTENT_DIR,
  EDITORIAL_NOTES_FILE,
  LOCATIONS_FILE,
  SOURCE_ARTICLE_TEXT,
  SOURCE_FILE,
  TRACES_FOLDER,
  displayPath,
  publicDirFor,
} from '@/lib/content/content-paths';

describe('where the content is', () => {
  it('reads content/ in the project, with the file names docs/editors.md gives', () => {
    expect(CONTENT_DIR).toBe(path.join(process.cwd(), 'content'));
    expect([AVAILABILITY_FILE, LOCATIONS_FILE, SOURCE_FILE, EDITORIAL_NOTES_FILE, CLINIC_ARTICLE_FILE, TRACES_FOLDER]).toEqual([
      'availability.yaml',
      'locations.yaml',
      'source.yaml',
      'editorial-notes.yaml',
      'clinic-article.txt',
      'sources',
    ]);
  });

  it("looks for the clinic's own file of its article in the shared folder beside the project", () => {
    expect(SOURCE_ARTICLE_TEXT).toBe(path.join(path.dirname(process.cwd()), 'shared', 'source', 'dry-needling-article.txt'));
  });

  it('finds the images of a content folder in the public/ beside it', () => {
    expect(publicDirFor(CONTENT_DIR)).toBe(path.join(process.cwd(), 'public'));
    expect(publicDirFor('/tmp/fixture/content')).toBe('/tmp/fixture/public');
  });
});

describe('displayPath', () => {
  it('names a file the way an editor sees it: from the project folder, with forward slashes', () => {
    expect(displayPath(path.join(CONTENT_DIR, 'es', 'beneficios.md'))).toBe('content/es/beneficios.md');
    expect(displayPath(path.join(process.cwd(), 'content'))).toBe('content');
  });
});
