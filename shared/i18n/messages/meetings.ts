// Words of the meetings feature (issue 8), in English and Spanish: its closed
// vocabularies, its history lines, and the meetings screens.
import { defineMessages } from '../define';

export const meetingsMessages = defineMessages({
  'meetings.status.planned': { en: 'Planned', es: 'Prevista' },
  'meetings.status.held': { en: 'Held', es: 'Celebrada' },
  'meetings.status.cancelled': { en: 'Cancelled', es: 'Cancelada' },
  'meetings.actionStatus.open': { en: 'Open', es: 'Pendiente' },
  'meetings.actionStatus.done': { en: 'Done', es: 'Hecha' },
  'meetings.actionStatus.dropped': { en: 'Dropped', es: 'Descartada' },

  // The History screen's line for each change (renderer/history/entryWords.ts).
  'history.meeting.create': { en: 'Recorded the meeting', es: 'Registró la reunión' },
  'history.meeting.update': { en: 'Changed the meeting', es: 'Modificó la reunión' },
  'history.meeting.remove': { en: 'Removed the meeting', es: 'Eliminó la reunión' },
  'history.meeting.restore': { en: 'Restored the meeting from the Trash', es: 'Restauró la reunión desde la papelera' },
  'history.attendee.create': { en: 'Added an attendee to a meeting', es: 'Añadió un asistente a una reunión' },
  'history.attendee.update': { en: 'Changed an attendee of a meeting', es: 'Modificó un asistente de una reunión' },
  'history.attendee.remove': { en: 'Removed an attendee from a meeting', es: 'Quitó un asistente de una reunión' },
  'history.attendee.restore': { en: 'Restored an attendee of a meeting', es: 'Restauró un asistente de una reunión' },
  'history.agenda_item.create': { en: 'Added an agenda item', es: 'Añadió un punto del orden del día' },
  'history.agenda_item.update': { en: 'Changed an agenda item or its minutes', es: 'Modificó un punto del orden del día o su acta' },
  'history.agenda_item.remove': { en: 'Removed an agenda item', es: 'Quitó un punto del orden del día' },
  'history.agenda_item.restore': { en: 'Restored an agenda item', es: 'Restauró un punto del orden del día' },
  'history.decision.create': { en: 'Recorded a decision', es: 'Registró una decisión' },
  'history.decision.update': { en: 'Changed a decision', es: 'Modificó una decisión' },
  'history.decision.remove': { en: 'Removed a decision', es: 'Eliminó una decisión' },
  'history.decision.restore': { en: 'Restored a decision', es: 'Restauró una decisión' },
  'history.action_item.create': { en: 'Added an action item', es: 'Añadió una tarea de seguimiento' },
  'history.action_item.update': { en: 'Changed an action item', es: 'Modificó una tarea de seguimiento' },
  'history.action_item.remove': { en: 'Removed an action item', es: 'Eliminó una tarea de seguimiento' },
  'history.action_item.restore': { en: 'Restored an action item', es: 'Restauró una tarea de seguimiento' },
});
