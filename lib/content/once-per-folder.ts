import { CONTENT_DIR } from './content-paths';

/**
 * A loader that reads and checks each content folder once per build, however many pages ask
 * for it. A failure is kept too, so every page reports the same problems.
 */
export function oncePerContentFolder<T>(load: (contentDir: string) => Promise<T>): (contentDir?: string) => Promise<T> {
  const loaded = new Map<string, Promise<T>>();
  return (contentDir = CONTENT_DIR) => {
    let result = loaded.get(contentDir);
    if (!result) {
      result = load(contentDir);
      loaded.set(contentDir, result);
    }
    return result;
  };
}
