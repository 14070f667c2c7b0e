// Strings of removal you can take back (issue 6 §1): removing a case, the
// Undo notice after a removal, and the Trash screen. Spanish calls an event an
// "actuación" (feminine), as the case page does, and addresses the user as usted.
import { defineMessages } from '../define';

export const trashMessages = defineMessages({
  // The nav item and the Trash screen's title.
  'trash.heading': { en: 'Trash', es: 'Papelera' },
  'trash.intro': {
    en: 'Cases, events and meetings removed in Commission Desk, most recently removed first. Restore puts a record back as it was; the history keeps both the removal and the restoration.',
    es: 'Casos, actuaciones y reuniones eliminados en Commission Desk, del más reciente al más antiguo. Restaurar devuelve el registro tal como estaba; el historial conserva la eliminación y la restauración.',
  },
  'trash.caption': { en: 'Removed records, most recently removed first', es: 'Registros eliminados, del más reciente al más antiguo' },
  'trash.empty': { en: 'The Trash is empty.', es: 'La papelera está vacía.' },
  'trash.column.removedAt': { en: 'Removed', es: 'Eliminado' },
  'trash.column.removedBy': { en: 'By', es: 'Por' },
  'trash.column.record': { en: 'Record', es: 'Registro' },
  'trash.column.action': { en: 'Action', es: 'Acción' },
  'trash.type.case': { en: 'Case', es: 'Caso' },
  'trash.type.event': { en: 'Event', es: 'Actuación' },
  'trash.type.meeting': { en: 'Meeting', es: 'Reunión' },
  // Under an event: the case it belongs to.
  'trash.eventOf': { en: 'in case {reference}: {title}', es: 'del caso {reference}: {title}' },
  'trash.restore': { en: 'Restore', es: 'Restaurar' },
  'trash.restoring': { en: 'Restoring…', es: 'Restaurando…' },
  'trash.restore.case.aria': { en: 'Restore case {reference}', es: 'Restaurar el caso {reference}' },
  'trash.restore.meeting.aria': { en: 'Restore “{meeting}” of {date}', es: 'Restaurar «{meeting}» del {date}' },
  'trash.restore.event.aria': { en: 'Restore “{event}” of {date}, case {reference}', es: 'Restaurar «{event}» del {date}, caso {reference}' },
  // An event whose case is in the Trash too: events.restore refuses it until the case is back.
  'trash.restoreCaseFirst': { en: 'Restore the case first', es: 'Restaure primero el caso' },
  'trash.older': { en: 'Show older', es: 'Mostrar anteriores' },
  'trash.loadingOlder': { en: 'Loading older removals…', es: 'Cargando eliminaciones anteriores…' },
  'trash.end': { en: 'Nothing older in the Trash.', es: 'No hay nada más antiguo en la papelera.' },

  // Said once a record is back (on the Trash screen and in the Undo notice).
  'trash.restored.case': { en: 'Case {reference} restored.', es: 'Caso {reference} restaurado.' },
  'trash.restored.event': { en: '“{event}” of {date} restored to case {reference}.', es: 'Actuación «{event}» del {date} restaurada en el caso {reference}.' },
  'trash.restored.meeting': {
    en: '“{meeting}” of {date} restored, with its attendees, agenda, decisions and action items.',
    es: '«{meeting}» del {date} restaurada, con sus asistentes, orden del día, decisiones y tareas.',
  },
  'trash.openCase': { en: 'Open case {reference}', es: 'Abrir el caso {reference}' },
  'trash.openMeeting': { en: 'Open the meeting', es: 'Abrir la reunión' },

  // Removing a case from its page.
  'trash.case.remove': { en: 'Remove case', es: 'Eliminar caso' },
  'trash.case.remove.title': { en: 'Remove case {reference}?', es: '¿Eliminar el caso {reference}?' },
  'trash.case.remove.body': {
    en: 'The case goes to the Trash with its events: it leaves every list, search and count, and its time limits stop. You can restore it from the Trash as it was.',
    es: 'El caso pasa a la papelera con sus actuaciones: deja de aparecer en las listas, búsquedas y recuentos, y sus plazos se detienen. Puede restaurarlo desde la papelera tal como estaba.',
  },
  'trash.case.remove.yes': { en: 'Yes, remove the case', es: 'Sí, eliminar el caso' },
  'trash.cancel': { en: 'Cancel', es: 'Cancelar' },

  // The Undo notice right after a removal (renderer/shell/UndoNotice.tsx).
  'undo.case.removed': { en: 'Case {reference} moved to the Trash.', es: 'El caso {reference} se movió a la papelera.' },
  'undo.event.removed': { en: '“{event}” of {date} moved to the Trash.', es: 'La actuación «{event}» del {date} se movió a la papelera.' },
  'undo.event.restored': { en: '“{event}” of {date} restored.', es: 'Actuación «{event}» del {date} restaurada.' },
  'undo.meeting.removed': { en: '“{meeting}” of {date} moved to the Trash.', es: '«{meeting}» del {date} se movió a la papelera.' },
  'undo.undo': { en: 'Undo', es: 'Deshacer' },
  'undo.undoing': { en: 'Undoing…', es: 'Deshaciendo…' },
  'undo.close': { en: 'Close', es: 'Cerrar' },
  'undo.close.aria': { en: 'Close this notice', es: 'Cerrar este aviso' },
});
