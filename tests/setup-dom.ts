import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Component test files share one document per worker (isolate: false in vitest.config.mts), and
// some render a whole page straight into <body>: each test starts from an empty document.
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
  document.head.replaceChildren();
  document.documentElement.removeAttribute('lang');
});
