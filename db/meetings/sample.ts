// The sample casebook's meetings (sampleMeetings.ts), loaded by demo.load
// after the sample cases: each goes through the same create and add code as
// the official's own (validated, audited), marked as a sample.
import type { Locale } from '../../shared/history/domain';
import { agendaItemsAddInput, attendeesAddInput, decisionsAddInput, meetingsCreateInput } from '../../shared/meetings/schemas';
import type { HandlerContext } from '../handlerTypes';
import { statement } from '../statements';
import { addAgendaItem } from './agendaItems';
import { addAttendee } from './attendees';
import { addDecision } from './decisions';
import { createMeeting } from './handlers';
import { SAMPLE_MEETINGS } from './sampleMeetings';

/** Loads the sample meetings, their agenda items in `locale`; answers how many meetings. */
export function loadSampleMeetings(context: HandlerContext, locale: Locale): number {
  for (const sample of SAMPLE_MEETINGS) {
    // parse, not safeParse: a sample that fails the schema is a bug in the list, answered as `internal`.
    const meeting = createMeeting(
      context,
      meetingsCreateInput.parse({
        agreement: sample.agreement,
        body: sample.body,
        number: sample.number,
        startsOn: sample.startsOn,
        endsOn: sample.endsOn ?? null,
        place: sample.place,
        status: 'held',
      }),
      true,
    );
    for (const attendee of sample.attendees ?? []) addAttendee(attendeesAddInput.parse({ meetingId: meeting.id, ...attendee }), context);
    for (const item of sample.agenda ?? []) {
      const caseId = item.caseTitle === undefined ? null : sampleCaseId(context, item.caseTitle);
      addAgendaItem(agendaItemsAddInput.parse({ meetingId: meeting.id, title: item.title[locale], minutes: item.minutes[locale], caseId }), context);
    }
    for (const decision of sample.decisions ?? []) addDecision(decisionsAddInput.parse({ meetingId: meeting.id, ...decision }), context);
  }
  return SAMPLE_MEETINGS.length;
}

function sampleCaseId(context: HandlerContext, title: string): string {
  const id = statement(context.db, 'SELECT id FROM cases WHERE sample = 1 AND title = ? AND deleted_at IS NULL').pluck().get(title) as string | undefined;
  if (id === undefined) throw new Error(`No sample case titled ${title}`);
  return id;
}
