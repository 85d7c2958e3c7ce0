import type { Language } from '../language';
import { spanishTrustPages } from './es-trust-pages';

/** "el Distrito de Columbia" → "El Distrito de Columbia", at the start of a sentence. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const spanish: Language = {
  code: 'es',
  locale: 'es-US',
  ogLocale: 'es_US',
  name: 'Español',
  dir: 'ltr',
  // The names Spanish-language media in the US use (Fundéu); the page addresses drop the accents.
  stateNames: {
    AL: 'Alabama',
    AK: 'Alaska',
    AZ: 'Arizona',
    AR: 'Arkansas',
    CA: 'California',
    CO: 'Colorado',
    CT: 'Connecticut',
    DE: 'Delaware',
    DC: 'Distrito de Columbia',
    FL: 'Florida',
    GA: 'Georgia',
    HI: 'Hawái',
    ID: 'Idaho',
    IL: 'Illinois',
    IN: 'Indiana',
    IA: 'Iowa',
    KS: 'Kansas',
    KY: 'Kentucky',
    LA: 'Luisiana',
    ME: 'Maine',
    MD: 'Maryland',
    MA: 'Massachusetts',
    MI: 'Míchigan',
    MN: 'Minnesota',
    MS: 'Misisipi',
    MO: 'Misuri',
    MT: 'Montana',
    NE: 'Nebraska',
    NV: 'Nevada',
    NH: 'Nuevo Hampshire',
    NJ: 'Nueva Jersey',
    NM: 'Nuevo México',
    NY: 'Nueva York',
    NC: 'Carolina del Norte',
    ND: 'Dakota del Norte',
    OH: 'Ohio',
    OK: 'Oklahoma',
    OR: 'Oregón',
    PA: 'Pensilvania',
    RI: 'Rhode Island',
    SC: 'Carolina del Sur',
    SD: 'Dakota del Sur',
    TN: 'Tennessee',
    TX: 'Texas',
    UT: 'Utah',
    VT: 'Vermont',
    VA: 'Virginia',
    WA: 'Washington',
    WV: 'Virginia Occidental',
    WI: 'Wisconsin',
    WY: 'Wyoming',
  },
  stateInSentence: (code, name) => (code === 'DC' ? `el ${name}` : name),
  routes: {
    locations: 'ubicaciones',
    staffLinks: 'enlaces-para-el-personal',
    guide: 'guia',
    about: 'sobre-esta-informacion',
    accessibility: 'accesibilidad',
    privacy: 'privacidad',
  },
  // Machine-assisted and not yet reviewed by a qualified human translator: every page says so.
  translationReviewed: false,
  words: {
    site: {
      name: 'La punción seca en la fisioterapia',
      description:
        'Información en palabras sencillas para pacientes sobre la punción seca en la fisioterapia: qué es, qué pasa en una cita y si es adecuada para usted.',
    },
    therapyName: 'Punción seca',
    skipLink: 'Saltar al contenido principal',
    navigation: { label: 'Principal', allTopics: 'Todos los temas', locations: 'Ubicaciones de la clínica' },
    languageSwitch: { label: 'Idioma', intro: 'Esta página en:' },
    translationNotice: {
      text: 'Esta página es una traducción. Un traductor calificado todavía no la ha revisado.',
      original: 'Lea esta página en inglés',
    },
    breadcrumbs: { label: 'Ruta de navegación', home: 'Inicio' },
    sectionLink: (heading) => `Enlace a la sección: ${heading}`,
    home: {
      lead: 'La punción seca es un tratamiento que usa una aguja fina sin medicina. Los fisioterapeutas la usan para tratar el dolor y las partes del cuerpo que no funcionan bien después de una lesión o del uso excesivo.',
      intro:
        'Estas páginas explican en palabras sencillas qué es la punción seca, qué pasa en una cita y cómo usted y su fisioterapeuta deciden si es adecuada para usted.',
      topicsHeading: 'Temas',
      topicsIntro: 'Léalos en este orden, o vaya directo al que necesita.',
    },
    pager: { label: 'Tema anterior y siguiente', previous: 'Tema anterior', next: 'Tema siguiente' },
    review: {
      reviewedBy: (name, credentials, date) => `Revisado por ${name}, ${credentials}, el ${date}.`,
      translationReviewedBy: (name, credentials, date) => `Traducción revisada por ${name}, ${credentials}, el ${date}.`,
      exampleReviewer: 'Este nombre es un ejemplo, no una persona real: la clínica todavía no ha nombrado a sus revisores.',
      notReviewed:
        'Ninguna persona con nombre ha comparado todavía esta página con el artículo de la clínica. Si algo de aquí es importante para su cuidado, pregúntele a su fisioterapeuta.',
    },
    therapistCallout: {
      heading: 'Hable con su fisioterapeuta',
      text: 'Cada persona es diferente. Su fisioterapeuta revisará su salud y sus metas. Le responderá sus preguntas. Le ayudará a decidir si la punción seca es adecuada para usted.',
    },
    disclaimer:
      'Este sitio web da información general. No es un consejo médico. Hable con su fisioterapeuta o su médico sobre su propia salud.',
    footer: {
      heading: 'Sobre esta información',
      about: ({ spanishReadingScoreLimit }) =>
        `Las páginas de temas están escritas en palabras sencillas a partir del propio artículo de la clínica, nunca con menos de ${spanishReadingScoreLimit} en la escala de lectura de Fernández-Huerta. Cada página dice quién la comparó con ese artículo, o que nadie lo ha hecho todavía.`,
      aboutLink: 'Cómo se escriben y se revisan estas páginas',
      accessibility: 'Declaración de accesibilidad',
      privacy: 'Privacidad',
      reportProblem: 'Avisar de un problema en esta página',
      staffLinks: 'Enlaces para el personal',
      staffLinksHint: 'La dirección de cada página de temas y de sus secciones, para copiarla en un correo electrónico.',
    },
    problemReport: {
      subject: (pageAddress) => `Problema en la página ${pageAddress}`,
      notFoundSubject: (siteAddress) => `Página no encontrada en ${siteAddress}`,
      notFoundBody: 'La dirección que intenté abrir: ',
    },
    trustPages: spanishTrustPages,
    movedPage: {
      title: (target) => `Se cambió de lugar: ${target}`,
      heading: 'Esta página cambió de lugar',
      before: 'Ahora está en',
      after: '. Si guardó o compartió la dirección anterior, use esta de ahora en adelante.',
    },
    notFound: {
      title: 'No se encontró la página',
      typed: 'Si escribió la dirección web, revise que esté bien escrita.',
      pasted: 'Si pegó la dirección web, revise que copió la dirección completa.',
      allTopics: 'Vea todos los temas sobre la punción seca',
    },
    availability: {
      notAvailable: (states) =>
        states === undefined
          ? 'El artículo de la clínica no nombra ningún estado donde la punción seca no esté disponible.'
          : `El artículo de la clínica dice que la punción seca no está disponible en ${states}.`,
      checkYourState: 'Vea si la punción seca se ofrece en su estado',
    },
    stateList: {
      heading: 'La punción seca por estado',
      intro: 'Elija su estado para ver lo que sabemos sobre la punción seca allí y qué hacer ahora.',
      lettersLabel: 'Estados por su primera letra',
      statesStartingWith: 'Estados que empiezan con',
      notAvailable: 'No disponible',
      offeredAt: (locations) => (locations === 1 ? 'Se ofrece en 1 ubicación' : `Se ofrece en ${locations} ubicaciones`),
      notKnown: 'No se sabe',
      source: (date) => `Los estados donde la punción seca no está disponible vienen del artículo de la clínica del ${date}.`,
      checked: (date) => `Una persona de la clínica revisó esta lista por última vez el ${date}.`,
    },
    statePage: {
      title: (state) => `La punción seca en ${state}`,
      notAvailable: (state) => [`La punción seca no está disponible en ${state}.`, 'Así lo dice el artículo de la clínica.'],
      noStateNamed: 'El artículo de la clínica no nombra ningún estado donde la punción seca no esté disponible.',
      notNamed: (state, statesNamed) => [
        `El artículo de la clínica nombra ${statesNamed === 1 ? '1 estado' : `${statesNamed} estados`} donde la punción seca no está disponible.`,
        `${capitalised(state)} no es uno de ellos.`,
      ],
      offeredAt: (state, locations) =>
        locations === 1
          ? [`La punción seca se ofrece en una de las ubicaciones de la clínica en ${state}.`, 'Aparece abajo.']
          : [`La punción seca se ofrece en ${locations} de las ubicaciones de la clínica en ${state}.`, 'Aparecen abajo.'],
      noLocation: (state) => `La clínica no tiene ninguna ubicación en ${state} que ofrezca punción seca.`,
      nextStepsHeading: 'Qué hacer ahora',
      nextStepsNotAvailable:
        'Hable con su fisioterapeuta sobre otros tratamientos. La punción seca es una parte de un plan de cuidado. Se usa junto con otras terapias.',
      nextStepsOffered:
        'Llame a una de las ubicaciones de abajo para preguntar por la punción seca. Su fisioterapeuta le ayudará a decidir si es adecuada para usted.',
      nextStepsNotStated: (state) =>
        `Para saber si puede recibirla en ${state}, pregunte a su fisioterapeuta. O llame a una de las ubicaciones de la clínica.`,
      otherStatesListed: 'Abajo aparecen las ubicaciones en otros estados que la ofrecen.',
      locationsInState: (state) => `Ubicaciones en ${state} que ofrecen punción seca`,
      locationsElsewhere: 'Ubicaciones en otros estados que ofrecen punción seca',
      everyState: 'Vea la lista de todos los estados',
      descriptionNotAvailable: (state) => `El artículo de la clínica dice que la punción seca no está disponible en ${state}. Vea qué puede hacer.`,
      descriptionOfferedAt: (state, locations, example) =>
        `La punción seca se ofrece en ${locations} ${example ? 'de las ubicaciones de ejemplo de la clínica' : 'de las ubicaciones de la clínica'} en ${state}. Vea dónde están y qué hacer ahora.`,
      descriptionFindOut: 'Vea cómo averiguar si puede recibirla allí.',
    },
    // The clinic's article is in English: its title is quoted as it is, and said to be in English.
    basedOn: (title, date) => `Esta página se basa en el artículo de la clínica «${title}» (en inglés), del ${date}.`,
    exampleData: {
      lead: 'Las ubicaciones de la clínica en esta página son datos de ejemplo.',
      rest: 'No son clínicas reales: los nombres, las direcciones y los teléfonos son inventados.',
      locationsLink: (example) =>
        example ? 'Vea las ubicaciones de la clínica (datos de ejemplo, no son clínicas reales)' : 'Vea todas las ubicaciones de la clínica',
    },
    locations: {
      title: 'Ubicaciones de la clínica',
      description: 'Las ubicaciones de la clínica por estado, con la dirección, el teléfono y si cada ubicación ofrece punción seca.',
      intro: 'Las ubicaciones de la clínica por estado, con la dirección, el teléfono y si cada ubicación ofrece punción seca.',
      notEveryState: 'La punción seca no está disponible en todos los estados.',
      phone: 'Teléfono:',
      offersLabel: 'Punción seca',
      offered: 'Se ofrece en esta ubicación',
      notOffered: 'No se ofrece en esta ubicación',
    },
    guide: {
      title: 'Guía para imprimir',
      description: 'Todos los temas sobre la punción seca en una sola página, para imprimir y dar a los pacientes. Cada tema empieza en una hoja nueva.',
      intro: 'Esta página tiene todos los temas de este sitio web, en orden de lectura. Está hecha para imprimir: imprímala desde su navegador. Cada tema empieza en una hoja nueva.',
      codesIntro: 'Cada tema tiene un código que puede escanear con la cámara del teléfono. Abre el tema en el sitio web. La dirección web está debajo del código.',
      contentsHeading: 'En esta guía',
      codeCaption: 'Escanee el código para abrir este tema en el sitio web, o escriba:',
      stateListOnline: 'La lista de todos los estados está en la página de este tema en el sitio web. Escanee el código de este tema o escriba su dirección web.',
      homeLink: 'Imprimir todos los temas en una guía',
      staffIntro: 'Para dar los temas en papel a un paciente, imprima esta guía. Cada tema tiene un código que abre su página en el sitio web.',
      staffLink: 'Guía para imprimir con todos los temas',
    },
    staffLinks: {
      title: 'Enlaces para el personal',
      description: 'La dirección web de cada página de temas y de cada una de sus secciones, lista para copiarla en un correo a un paciente.',
      intro:
        'La dirección web completa de cada página de temas y de cada una de sus secciones. Copie una en un correo electrónico: abre la página o lleva directo a esa sección.',
      wholePage: 'Toda la página',
      section: (heading) => `Sección: ${heading}`,
    },
    staffEmails: {
      intro:
        'Debajo de cada tema hay un correo para enviar a un paciente. Cópielo, o ábralo en su programa de correo y agregue el correo electrónico del paciente. Los correos sobre cada estado están al final de esta página.',
      heading: 'Correo para enviar',
      inLanguage: 'Este correo en:',
      subjectLabel: 'Asunto:',
      bodyLabel: 'Mensaje:',
      open: 'Abrir en su programa de correo',
      message: {
        greeting: 'Hola:',
        lead: 'Le enviamos una página de nuestra clínica:',
        closing: 'Si tiene dudas, pregunte a su fisioterapeuta.',
      },
      states: {
        heading: 'Correos sobre cada estado',
        intro: 'Cada estado tiene su propia página. Los estados están en tres grupos, según lo que dice su página.',
        notAvailable: 'No disponible: así lo dice el artículo de la clínica',
        offeredAtLocations: 'Se ofrece en las ubicaciones de la clínica',
        notStated: 'El artículo de la clínica no lo dice',
        templateIntro:
          'El correo para estos estados. Cópielo y cambie las palabras entre corchetes por las de la línea del estado, más abajo. O use el enlace de correo del estado.',
        blankState: '[estado]',
        blankAddress: '[dirección]',
        blankCount: '[número]',
        emailAbout: (state) => `Correo sobre ${state}`,
      },
    },
  },
};
