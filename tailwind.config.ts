import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

// Colours are chosen for contrast first: every text colour here is at least 4.5:1 on
// the background it is used on (ink on white is 14.6:1, brand and muted on white 7.1:1).
const colors = {
  ink: '#1f2a33',
  muted: '#4a5a67',
  brand: { DEFAULT: '#005a9c', dark: '#003e6b', light: '#e8f1f8' },
  notice: { DEFAULT: '#8a5a00', light: '#fff6e0' },
  focus: '#ffdd00',
  rule: '#c5ced6',
  page: '#f4f6f8',
};

const config = {
  theme: {
    extend: {
      colors,
      fontFamily: {
        // System fonts: nothing to download, and each phone shows its own most legible face.
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'],
      },
      maxWidth: {
        // About 70 characters a line at body size: comfortable for reading.
        page: '44rem',
      },
      spacing: {
        gutter: '1rem',
        section: '2.5rem',
      },
      typography: {
        DEFAULT: {
          css: {
            '--tw-prose-body': colors.ink,
            '--tw-prose-headings': colors.ink,
            '--tw-prose-links': colors.brand.DEFAULT,
            '--tw-prose-bold': colors.ink,
            '--tw-prose-counters': colors.muted,
            '--tw-prose-bullets': colors.muted,
            '--tw-prose-th-borders': colors.rule,
            '--tw-prose-td-borders': colors.rule,
            maxWidth: 'none',
            a: { textUnderlineOffset: '0.2em', fontWeight: '400' },
            'a:hover': { color: colors.brand.dark, textDecorationThickness: '3px' },
            h2: { marginTop: '2em' },
            'thead th': { verticalAlign: 'top' },
            // The plugin shrinks tables; comparison tables carry content, so keep body size.
            table: { fontSize: '1em' },
          },
        },
        lg: { css: { table: { fontSize: '1em' } } },
      },
    },
  },
  plugins: [typography],
} satisfies Config;

export default config;
