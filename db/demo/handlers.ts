// demo.load: the sample casebook (db/demo/casebook.ts), only when asked for.
// Each case and event goes through the same create/add code as the user's own,
// so samples are validated, referenced, computed and audited alike.
import { casesCreateInput } from '../../shared/cases/schemas';
import { eventsAddInput } from '../../shared/events/schemas';
import { SAMPLE_CASEBOOK, sampleCaseInput } from './casebook';
import { statement } from '../statements';
import { createCase } from '../cases/handlers';
import { addEvent } from '../events/handlers';
import { loadSampleMeetings } from '../meetings/sample';
import { readSettings } from '../settings/queries';
import { translate } from '../../shared/i18n/catalog';
import { HandlerFailure, type Handlers } from '../handlerTypes';

export const demoHandlers: Pick<Handlers, 'demo.load'> = {
  'demo.load': (input, context) => {
    if (statement(context.db, 'SELECT 1 FROM cases WHERE sample = 1 LIMIT 1').get() !== undefined) {
      throw new HandlerFailure({ code: 'conflict', reason: 'sample_loaded', message: translate('en', 'apiError.sample_loaded') });
    }
    // Summaries in the language the user chose (db/demo/casebook.ts says why).
    const locale = input.locale ?? readSettings(context.db).locale ?? 'en';
    let events = 0;
    for (const sample of SAMPLE_CASEBOOK) {
      // parse, not safeParse: a sample that fails the schema is a bug in the
      // casebook, answered as `internal` with nothing loaded.
      const created = createCase(context, casesCreateInput.parse(sampleCaseInput(sample, locale)), { sample: true });
      for (const event of sample.events) {
        addEvent(context, eventsAddInput.parse({ caseId: created.id, ...event }));
        events += 1;
      }
    }
    // The meetings after the cases: some agenda items name a sample case.
    const meetings = loadSampleMeetings(context, locale);
    return { cases: SAMPLE_CASEBOOK.length, events, meetings };
  },
};
