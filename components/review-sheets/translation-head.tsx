/** The heading row of a translation sheet: English, the translation in its language, and the tick column. */
export function TranslationHead({ language }: { language: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">English</th>
        <th scope="col" lang={language}>
          Translation
        </th>
        <th scope="col" className="tick">
          OK
        </th>
      </tr>
    </thead>
  );
}
