import type { TrustPageWords } from '../trust-page-words';

export const spanishTrustPages: TrustPageWords = {
  about: {
    title: 'Sobre esta información',
    description: 'Quién publica estas páginas, de qué artículo de la clínica vienen y cómo se escriben y se revisan.',
    intro: 'Esta página dice quién publica este sitio web, de dónde vienen sus datos y cómo se escriben y se revisan las páginas.',
    publisherHeading: 'Quién publica este sitio web',
    publisher: 'La clínica publica este sitio web para sus pacientes. Explica en palabras sencillas la punción seca en la fisioterapia.',
    sourceHeading: 'De dónde vienen los datos',
    // The clinic's article is in English: its title is quoted as it is, and said to be in English.
    source: (title, date) => `Cada dato médico de estas páginas viene del propio artículo de la clínica «${title}» (en inglés), del ${date}.`,
    nothingAdded:
      'Las páginas dicen lo mismo que ese artículo, en palabras más sencillas. No le agregan nada médico. Cuando usted necesite saber más, le piden que hable con su fisioterapeuta.',
    writingHeading: 'Cómo se escriben y se revisan las páginas',
    writing: ({ spanishReadingScoreTarget, spanishReadingScoreLimit }) =>
      `Las páginas de temas están escritas en palabras sencillas a partir del propio artículo de la clínica sobre la punción seca en la fisioterapia. Buscan una lectura fácil: ${spanishReadingScoreTarget} o más en la escala de Fernández-Huerta, y nunca menos de ${spanishReadingScoreLimit}.`,
    reviewsHeading: 'Quién revisa las páginas',
    reviewProcess: ({ reviewCycleYears }) =>
      `Un fisioterapeuta lee cada página en una hoja impresa, parte por parte, junto a las partes del artículo de la clínica de donde viene. Marca cada parte y firma la hoja. Entonces la página muestra su nombre y la fecha. Si las palabras de la página cambian después, la página deja de mostrar esa revisión hasta que alguien la revise otra vez. Cada página se revisa otra vez dentro de ${reviewCycleYears === 1 ? 'un año' : `${reviewCycleYears} años`}. Un traductor calificado revisa las traducciones de la misma forma, junto a la página en inglés.`,
    reviewersIntro: 'Las personas que revisan las páginas:',
    reviewer: (name, credentials, role) => `${name}, ${credentials}: ${role === 'clinical' ? 'compara las páginas con el artículo de la clínica' : 'revisa las traducciones'}.`,
    noReviewers: 'La clínica todavía no ha nombrado a sus revisores. Mientras tanto, cada página dice que ninguna persona con nombre la ha revisado.',
    translationsHeading: 'Traducciones',
    translations: (languages) =>
      `Las páginas en ${languages} son traducciones de las páginas en inglés. Un traductor calificado todavía no las ha revisado. Cada una lo dice al principio, con un enlace a la página en inglés.`,
    mistakeHeading: 'Si encuentra un error',
  },
  accessibility: {
    title: 'Declaración de accesibilidad',
    description: 'Qué tan fácil es usar este sitio web, cómo se prueba, qué no funciona bien todavía y cómo avisarnos de un problema.',
    intro:
      'Queremos que todas las personas puedan usar este sitio web. Eso incluye a quienes usan un lector de pantalla, un teclado en vez de un ratón, un teléfono con pantalla pequeña o letra grande.',
    standardHeading: 'La norma que buscamos cumplir',
    standard:
      'Este sitio web busca cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG), versión 2.2, nivel AA. WCAG es la norma internacional para hacer sitios web que todas las personas puedan usar.',
    testingHeading: 'Cómo lo probamos',
    testingIntro: 'Unas pruebas automáticas abren cada página de este sitio web en Chromium, el navegador de código abierto en el que se basa Google Chrome. En cada página, revisan que:',
    tests: [
      'axe, una herramienta que encuentra problemas comunes de accesibilidad, no encuentra ninguno de los problemas de WCAG 2.2 de nivel A o AA que busca, con colores claros y con colores oscuros',
      'se puede usar la página solo con el teclado: la primera vez que pulsa la tecla Tab aparece un enlace para saltar al contenido principal, y siempre se ve en qué parte de la página está',
      'la página cabe en la pantalla de un teléfono de 320 píxeles de ancho sin moverse de lado, y se puede leer con la letra al 200 por ciento y con el zoom al 200 por ciento',
      'la página muestra las mismas palabras y los mismos enlaces con JavaScript apagado, y cada enlace funciona',
      'cada enlace dice adónde lleva, y los títulos están en orden',
      'la página se imprime sin menús, y cada enlace impreso muestra su dirección completa',
    ],
    testingMore: 'También revisan que una página de temas siga sus ajustes para menos movimiento y para colores oscuros.',
    limitsHeading: 'Lo que todavía no funciona bien',
    automaticLimit:
      'Las pruebas automáticas encuentran muchos problemas, pero no todos. Si algo de este sitio web no le funciona, por favor avísenos.',
    unreviewedTranslations: (languages) =>
      `Las páginas en ${languages} son una traducción que un traductor calificado todavía no ha revisado. Puede que algunas palabras no estén claras.`,
    reportHeading: 'Avísenos de un problema',
  },
  privacy: {
    title: 'Privacidad',
    description: 'Lo que este sitio web hace y no hace con información sobre usted: sin cookies, sin seguimiento y sin nada cargado de otros sitios web.',
    intro: 'Este sitio web es para leer. No le pide su nombre ni ningún otro dato, y no sigue lo que usted lee.',
    notDoneHeading: 'Lo que este sitio web no hace',
    notDone: [
      'No guarda cookies.',
      'No usa analítica web ni otras herramientas que siguen lo que usted lee.',
      'No carga nada de otros sitios web: ni tipos de letra, ni programas, ni imágenes, ni videos. Su navegador recibe cada parte de una página solo de este sitio web.',
      'No usa JavaScript: las páginas son páginas web sencillas.',
      'Cuando usted sigue un enlace de este sitio web a otro, su navegador no le dice al otro sitio web de qué página viene.',
    ],
    keptHeading: 'Lo que se puede guardar',
    serverLogs:
      'Este sitio web está en un servidor web que maneja quien lo aloja para la clínica. Como la mayoría de los servidores web, puede guardar un registro de cada visita: la hora, la dirección de la página, su dirección de internet (IP) y el nombre de su navegador. Estas páginas no controlan ese registro.',
    email:
      'Si nos escribe para avisar de un problema, la clínica recibe su dirección de correo electrónico y lo que usted escriba. Por favor, no escriba sobre su salud en el correo.',
    testedHeading: 'Cómo lo revisamos',
    tested:
      'Unas pruebas automáticas abren cada página de este sitio web en Chromium, el navegador de código abierto en el que se basa Google Chrome. Revisan que ninguna página guarde una cookie, y que ninguna página le pida nada a otro sitio web.',
  },
  report: {
    before: 'Si encuentra un problema, escriba a',
    after: '. Diga en qué página está y qué está mal.',
    footerLink: (label) => `Al final de cada página, el enlace «${label}» abre un correo sobre esa página.`,
  },
};
