import type { Catalog } from './catalog';
import type { StateCode } from './us-states';

/**
 * One language of the site: how its pages are addressed and marked up, how dates and lists
 * are written in it, and its catalog of messages (lib/i18n/messages/<code>.json), which holds
 * every word a page shows that does not come from content/. Made by defineLanguage from one
 * line of lib/i18n/languages.ts.
 */
export interface Language {
  /** BCP 47 language tag: `lang` on <html>, hreflang, JSON-LD inLanguage, and the folder content/<code>/. */
  readonly code: string;
  /** The locale dates, lists and plural forms are written in: "es-US" writes "26 de noviembre de 2026". */
  readonly locale: string;
  /** Open Graph's form of the locale: es_US. */
  readonly ogLocale: string;
  /** The language's name in itself, for the link to it from a page in another language: "Español". */
  readonly name: string;
  readonly dir: 'ltr' | 'rtl';
  /** The names of the states and DC, as a reader of this language writes them; their page addresses are made from these. */
  readonly stateNames: Readonly<Record<StateCode, string>>;
  /** The address segments of the pages app/ makes itself: /locations/, /es/ubicaciones/. */
  readonly routes: {
    readonly locations: string;
    readonly staffLinks: string;
    /** The printable guide with every topic: /guide/, /es/guia/. */
    readonly guide: string;
    readonly about: string;
    readonly accessibility: string;
    readonly privacy: string;
  };
  /**
   * True once a qualified human translator has reviewed the catalog (the interface of every
   * page). Each translated article says the same of itself in its front matter.
   */
  readonly translationReviewed: boolean;
  /** Every word of the interface, as ICU messages; read with message() of lib/i18n/messages.ts. */
  readonly messages: Catalog;
}
