import type { StateAvailability } from './availability';

const conjunction = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' });

/** ["California", "Hawaii", "Oregon"] → "California, Hawaii, and Oregon". */
export function joinStateNames(states: readonly StateAvailability[]): string {
  return conjunction.format(states.map((state) => state.name));
}
