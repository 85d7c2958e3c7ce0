import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';
import plugin from 'tailwindcss/plugin';
import { site } from './lib/routes/site-url';

/**
 * Two palettes with the same names. Every text colour is at least 4.5:1 on the backgrounds it is
 * used on, in both: light ink on surface is 14.6:1, brand and muted on surface 7.1:1; dark ink on
 * surface is 15.2:1, brand (links) 10.7:1, muted 10.1:1; white on the banner 7.1:1 and 11.8:1.
 * The axe browser test checks both schemes.
 */
const light = {
  ink: '#1f2a33',
  muted: '#4a5a67',
  brand: '#005a9c',
  'brand-dark': '#003e6b',
  'brand-light': '#e8f1f8',
  // The header background, under white text.
  banner: '#005a9c',
  notice: '#8a5a00',
  'notice-light': '#fff6e0',
  focus: '#ffdd00',
  // Text on the yellow focus colour, dark in both schemes.
  'on-focus': '#1f2a33',
  rule: '#c5ced6',
  page: '#f4f6f8',
  surface: '#ffffff',
};

const dark: typeof light = {
  ink: '#e8edf1',
  muted: '#b8c4ce',
  brand: '#9fcdf5',
  'brand-dark': '#cfe6fa',
  'brand-light': '#13293b',
  banner: '#0d3a5c',
  notice: '#d9a53f',
  'notice-light': '#2c2412',
  focus: '#ffdd00',
  'on-focus': '#1f2a33',
  rule: '#4a5866',
  page: '#1a242d',
  surface: '#10181f',
};

type ColorName = keyof typeof light;

const color = (name: ColorName) => `var(--palette-${name})`;

function paletteVariables(palette: typeof light): Record<string, string> {
  return Object.fromEntries(Object.entries(palette).map(([name, value]) => [`--palette-${name}`, value]));
}

// Utilities name a role (text-ink, bg-surface); the palette behind it follows the reader's colour
// scheme on screen. Paper always gets the light palette: browsers print no backgrounds.
const colorScheme = plugin(({ addBase }) => {
  addBase({ ':root': { ...paletteVariables(light), colorScheme: 'light' } });
  addBase({ '@media screen and (prefers-color-scheme: dark)': { ':root': { ...paletteVariables(dark), colorScheme: 'dark' } } });
});

// Paper shows links to this site with the full address (see app/globals.css), taken from SITE_URL at build time.
const printedSiteAddress = plugin(({ addBase }) => {
  addBase({ '@media print': { ':root': { '--site-address': JSON.stringify(site.url) } } });
});

const colors = {
  ink: color('ink'),
  muted: color('muted'),
  brand: { DEFAULT: color('brand'), dark: color('brand-dark'), light: color('brand-light') },
  banner: color('banner'),
  notice: { DEFAULT: color('notice'), light: color('notice-light') },
  focus: { DEFAULT: color('focus'), ink: color('on-focus') },
  rule: color('rule'),
  page: color('page'),
  surface: color('surface'),
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
  plugins: [typography, colorScheme, printedSiteAddress],
} satisfies Config;

export default config;
