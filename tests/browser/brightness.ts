/** 0 for black, 1 for white: the relative brightness of a computed rgb() colour. */
export function brightness(rgb: string): number {
  const [red = 0, green = 0, blue = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255;
}
