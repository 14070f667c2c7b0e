// Strings of the form kit (renderer/forms/): date fields in the UI language,
// the unsaved-changes guard, confirm prompts and the edit-conflict view.
import { defineMessages } from '../define';

export const formMessages = defineMessages({
  // Date fields: Spanish dd/mm/aaaa; English with the month as a word (renderer/forms/dates.ts says why).
  'forms.date.placeholder': { en: 'd Mmm yyyy', es: 'dd/mm/aaaa' },
  'forms.date.hint': { en: 'For example 3 Dec 2026, or 2026-12-03.', es: 'dd/mm/aaaa, por ejemplo 03/12/2026.' },
  'forms.date.invalid': {
    en: 'Enter a real date, for example 3 Dec 2026.',
    es: 'Indique una fecha válida en el formato dd/mm/aaaa, por ejemplo 03/12/2026.',
  },
  'forms.date.ambiguous': {
    en: 'Write the month as a word (3 Dec 2026) or the year first (2026-12-03): 03/12/2026 reads as 3 December in some countries and as 12 March in others.',
    es: 'Escriba el mes con letras (3 dic 2026) o el año primero (2026-12-03).',
  },

  // The unsaved-changes guard: Back, Cancel, a link elsewhere, closing or reloading the window.
  'forms.guard.title': { en: 'Leave without saving?', es: '¿Salir sin guardar?' },
  'forms.guard.body': {
    en: 'What you entered in this form has not been saved. If you leave now, it is lost.',
    es: 'Lo que escribió en este formulario no se ha guardado. Si sale ahora, se perderá.',
  },
  'forms.guard.stay': { en: 'Stay on the form', es: 'Seguir en el formulario' },
  'forms.guard.leave': { en: 'Leave and discard', es: 'Salir y descartar' },
  // Escape or Cancel in an edit form with changes.
  'forms.discard.title': { en: 'Discard your changes?', es: '¿Descartar sus cambios?' },
  'forms.discard.body': {
    en: 'The changes you made in this form have not been saved.',
    es: 'Los cambios que hizo en este formulario no se han guardado.',
  },
  'forms.discard.keep': { en: 'Keep editing', es: 'Seguir editando' },
  'forms.discard.confirm': { en: 'Discard', es: 'Descartar' },
  'forms.confirm.remove.title': { en: 'Remove “{record}”?', es: '¿Eliminar «{record}»?' },

  // After Save, for repeated entry: said to a screen reader where the focus stays in the form.
  'forms.saved.event': { en: 'Recorded: {event}, {date}. You can record the next event.', es: 'Registrada: {event}, {date}. Puede registrar la siguiente actuación.' },
  'forms.saved.correction': { en: 'Correction saved: {event}, {date}.', es: 'Corrección guardada: {event}, {date}.' },

  // An edit that lost a race: the other person's change beside yours.
  'forms.conflict.title': {
    en: 'Someone else saved this case after you opened it; your changes were not saved yet.',
    es: 'Otra persona guardó este caso después de que usted lo abrió; sus cambios aún no se han guardado.',
  },
  'forms.conflict.intro': {
    en: 'Their change is beside yours. Keep your changes to save them on top of the case as it is now, or take their version and discard yours.',
    es: 'El cambio de la otra persona aparece junto al suyo. Conserve sus cambios para guardarlos sobre el caso tal como está ahora, o tome la versión de la otra persona y descarte la suya.',
  },
  'forms.conflict.loading': { en: 'Reading the case as it is saved now…', es: 'Leyendo el caso tal como está guardado ahora…' },
  'forms.conflict.gone': {
    en: 'The case can no longer be read (it may have been removed). Your changes are still in the form.',
    es: 'El caso ya no se puede leer (puede haber sido eliminado). Sus cambios siguen en el formulario.',
  },
  'forms.conflict.caption': { en: 'What changed, field by field', es: 'Qué cambió, campo por campo' },
  'forms.conflict.field': { en: 'Field', es: 'Campo' },
  'forms.conflict.theirs': { en: 'Theirs, saved now', es: 'De la otra persona, guardado' },
  'forms.conflict.yours': { en: 'Yours, not saved', es: 'Suyo, sin guardar' },
  'forms.conflict.by.them': { en: 'changed by them', es: 'cambiado por la otra persona' },
  'forms.conflict.by.you': { en: 'changed by you', es: 'cambiado por usted' },
  'forms.conflict.by.both': { en: 'changed by both of you', es: 'cambiado por ambos' },
  'forms.conflict.unchanged': { en: '(as before)', es: '(sin cambios)' },
  'forms.conflict.empty': { en: '(empty)', es: '(vacío)' },
  'forms.conflict.keep': { en: 'Keep my changes', es: 'Conservar mis cambios' },
  'forms.conflict.theirsInstead': { en: 'Take their version', es: 'Tomar la otra versión' },
  'forms.conflict.kept': {
    en: 'Your changes are in the form, on top of the case as it is saved now. Save to apply them.',
    es: 'Sus cambios están en el formulario, sobre el caso tal como está guardado ahora. Guarde para aplicarlos.',
  },
});
