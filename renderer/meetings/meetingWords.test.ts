import { describe, expect, it } from 'vitest';
import { bodyName, bodyOptions, meetingDates } from './meetingWords';

describe('meeting words', () => {
  it('names a body from the reference data in the UI language', () => {
    expect(bodyName('cafta-dr', 'ftc', 'en')).toBe('Free Trade Commission');
    expect(bodyName('us-peru-tpa', 'ftc', 'es')).toBe('Comisión de Libre Comercio');
    expect(bodyName('cafta-dr', 'gone-body', 'en')).toBe('gone-body');
    expect(bodyOptions('us-peru-tpa', 'en').map((body) => body.id)).toContain('environmental-affairs-council');
    expect(bodyOptions('us-peru-tpa', 'en').map((body) => body.id)).not.toContain('agriculture-review-commission');
  });

  it('writes one day, or the first and last days', () => {
    const format = (iso: string) => `<${iso}>`;
    expect(meetingDates({ startsOn: '2024-02-15', endsOn: null }, format)).toBe('<2024-02-15>');
    expect(meetingDates({ startsOn: '2011-02-22', endsOn: '2011-02-23' }, format)).toBe('<2011-02-22> – <2011-02-23>');
  });
});
