/**
 * An id a part of the page had in English, on a page in another language whose id for it is
 * now in its own words: links staff already sent still land here. An empty element just before
 * the part, which screen readers skip; nothing where the id has not changed.
 */
export function FormerId({ id, current }: { id: string; current: string }) {
  return id === current ? null : <span id={id} aria-hidden="true" />;
}
