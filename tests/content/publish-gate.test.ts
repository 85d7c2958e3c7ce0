import { describe, expect, it } from 'vitest';
import { publishGate } from '@/lib/checks/publish-gate';

describe('the publish gate on the content the site ships with', () => {
  it('fails a build for a real address, naming the example clinic, the example locations and the example report address', async () => {
    const gate = await publishGate('https://riverbend-clinic.org');
    expect(gate.open).toBe(false);
    const named = gate.open ? [] : gate.message.split('\n').slice(1).map((line) => line.split(': ')[0]);
    expect(named).toEqual(expect.arrayContaining([expect.stringMatching(/^- content\/clinic\.yaml:\d+$/), expect.stringMatching(/^- content\/locations\.yaml:\d+$/), expect.stringMatching(/^- content\/contact\.yaml:\d+$/)]));
  });

  it('lets the build with no SITE_URL go ahead on the examples, saying so in one line', async () => {
    const gate = await publishGate(undefined);
    expect(gate).toMatchObject({ open: true });
    expect(gate.open && gate.notice?.split('\n')).toHaveLength(1);
  });
});
