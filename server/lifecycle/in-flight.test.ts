import { describe, expect, it } from 'vitest';
import { InFlight } from './in-flight';

describe('InFlight', () => {
  it('is idle at once when nothing is in flight', async () => {
    expect(await new InFlight().idle(10)).toBe(true);
  });

  it('resolves idle when the last question ends, and counts each end once', async () => {
    const inFlight = new InFlight();
    const a = inFlight.begin();
    const b = inFlight.begin();
    const idle = inFlight.idle(1000);
    a();
    a();
    expect(inFlight.size).toBe(1);
    setTimeout(b, 20);
    expect(await idle).toBe(true);
    expect(inFlight.size).toBe(0);
  });

  it('gives up after the timeout', async () => {
    const inFlight = new InFlight();
    inFlight.begin();
    expect(await inFlight.idle(20)).toBe(false);
  });
});
