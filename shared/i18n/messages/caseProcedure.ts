// Strings of the treaty-procedure parts of the case page (issue 5): what is
// wrong with the record, how each limit was counted, periods agreed by the
// Parties, scheduled steps and the help on counting. Kept apart from
// casePage.ts so neither file outgrows a reader. Spanish as in casePage.ts.
import { defineMessages } from '../define';

export const caseProcedureMessages = defineMessages({
  // ---- Problems in this record (cases.get warnings) ----
  'problems.heading': { en: 'Problems in this record', es: 'Problemas en este registro' },
  'problems.intro': {
    en: 'The treaty would not count these steps as taken in time, or the record lacks something the time limits need. Check the record and correct it.',
    es: 'El tratado no consideraría estas actuaciones realizadas a tiempo, o al registro le falta algo que los plazos necesitan. Revise el registro y corríjalo.',
  },
  'problems.showEvent': { en: 'Show the event', es: 'Ver la actuación' },
  'problems.showLimit': { en: 'Show the time limit', es: 'Ver el plazo' },
  'problems.editCase': { en: 'Edit the case', es: 'Editar el caso' },
  'warning.future_event': {
    en: '“{event}” is dated {date}, after today, but is not marked as scheduled: it meets no time limit until that day. Mark it as scheduled, or correct the date.',
    es: 'La actuación «{event}» tiene fecha {date}, posterior a hoy, pero no está marcada como prevista: no cumple ningún plazo hasta ese día. Márquela como prevista o corrija la fecha.',
  },
  'warning.scheduled_passed': {
    en: '“{event}” was scheduled for {date}, which has passed. If it was held, untick “Scheduled”; otherwise change its date.',
    es: 'La actuación «{event}» estaba prevista para el {date}, fecha que ya pasó. Si se realizó, desmarque «Prevista»; si no, cambie su fecha.',
  },
  'warning.out_of_order': {
    en: '“{event}” ({date}) is dated before {needs}. Check the dates.',
    es: 'La actuación «{event}» ({date}) tiene fecha anterior a {needs}. Revise las fechas.',
  },
  'warning.prior_step_missing': {
    en: '“{event}” ({date}) is recorded without any earlier {needs}. Record the earlier step if its date is known.',
    es: 'La actuación «{event}» ({date}) figura sin que conste antes ninguna de estas actuaciones: {needs}. Registre la actuación previa si se conoce su fecha.',
  },
  'warning.premature.before_opening': {
    en: '“{event}” on {date} came before the treaty allowed it: “{limit}” only from {limitDate}.',
    es: 'La actuación «{event}» del {date} se realizó antes de lo que permite el tratado: «{limit}» solo desde el {limitDate}.',
  },
  'warning.premature.condition_missing': {
    en: '“{event}” on {date} was taken without a condition the treaty sets for “{limit}”.',
    es: 'La actuación «{event}» del {date} se realizó sin una condición que el tratado exige para «{limit}».',
  },
  'warning.premature': {
    en: '“{event}” on {date} was premature under “{limit}”.',
    es: 'La actuación «{event}» del {date} fue prematura conforme a «{limit}».',
  },
  'warning.late': {
    en: '“{event}” on {date} came after the treaty’s date for “{limit}”: {limitDate}.',
    es: 'La actuación «{event}» del {date} se realizó después de la fecha del tratado para «{limit}»: {limitDate}.',
  },
  'warning.missed': {
    en: '“{limit}” passed unmet on {limitDate} before the procedure moved on.',
    es: '«{limit}» venció sin cumplirse el {limitDate}, antes de que el procedimiento avanzara.',
  },
  'warning.condition_pending': {
    en: 'The next step cannot be taken until one of these is recorded: {needs}.',
    es: 'La siguiente actuación no puede realizarse hasta que se registre alguna de estas: {needs}.',
  },
  'warning.findings_missing': {
    en: 'Record the provisions claimed and what the panel found on each (Edit the case, “Claims and findings”): the remedy time limits follow from them.',
    es: 'Registre las disposiciones invocadas y lo que el grupo arbitral determinó sobre cada una (Editar el caso, «Reclamaciones y determinaciones»): los plazos de las medidas posteriores dependen de ellas.',
  },
  'warning.reconvene_grounds_missing': {
    en: 'Record the grounds of the request to reconvene the panel (Edit the case): the panel has 90 days on one ground and 120 on both; 90 are shown until then.',
    es: 'Registre los motivos de la solicitud de que el grupo arbitral se reúna de nuevo (Editar el caso): el grupo tiene 90 días con un motivo y 120 con ambos; se muestran 90 hasta entonces.',
  },
  'warning.check_installments': {
    en: '“{event}” on {date}: benefits were suspended after the first installment of the monetary assessment was paid. That is allowed only if a later installment went unpaid; check the payments.',
    es: 'La actuación «{event}» del {date}: se suspendieron beneficios después de pagada la primera cuota de la contribución monetaria. Solo se permite si una cuota posterior quedó impaga; revise los pagos.',
  },
  'warning.remedy_without_breach': {
    en: '“{event}” on {date}, although the panel found no non-conformity: remedies presuppose one. Check the step or the findings recorded on the case.',
    es: 'La actuación «{event}» del {date}, aunque el grupo arbitral no determinó incumplimiento alguno: las medidas lo presuponen. Revise la actuación o las determinaciones registradas en el caso.',
  },
  'warning.agreement_stale': {
    en: 'The period agreed for “{limit}” was agreed for an earlier request (a new request was made, or a step removed): it no longer applies. Record it again if the Parties agreed it for the new request.',
    es: 'El plazo acordado para «{limit}» se acordó para una solicitud anterior (hubo una nueva solicitud o se eliminó una actuación): ya no se aplica. Regístrelo de nuevo si las Partes lo acordaron para la nueva solicitud.',
  },
  'warning.or': { en: ' or ', es: ' o ' },

  // ---- A limit's status beyond met / overdue ----
  'limit.badge.barred': { en: 'Barred', es: 'Excluida' },
  'limit.badge.waiting': { en: 'On hold', es: 'En espera' },
  'limit.badge.check': { en: 'To check', es: 'Por verificar' },
  'limit.early.one': { en: '1 day early', es: '1 día antes de tiempo' },
  'limit.early.other': { en: '{n} days early', es: '{n} días antes de tiempo' },
  'limit.lateBy.one': { en: '1 day late', es: '1 día tarde' },
  'limit.lateBy.other': { en: '{n} days late', es: '{n} días tarde' },
  'limit.takenBy': { en: 'Taken: {event}, {date}', es: 'Actuación: {event}, {date}' },
  'timeline.when.target': { en: 'Normally by {date}', es: 'Normalmente a más tardar el {date}' },
  'timeline.status.normallyToday': { en: 'Normally today', es: 'Normalmente hoy' },
  'timeline.status.normallyIn.one': { en: 'Normally in 1 day', es: 'Normalmente en 1 día' },
  'timeline.status.normallyIn.other': { en: 'Normally in {n} days', es: 'Normalmente en {n} días' },
  'timeline.status.pastTarget.one': { en: '1 day past the normal time', es: '1 día después del plazo habitual' },
  'timeline.status.pastTarget.other': { en: '{n} days past the normal time', es: '{n} días después del plazo habitual' },
  'timeline.tone.flagged': { en: 'Premature, late or missed', es: 'Prematuro, tardío o incumplido' },
  'timeline.key.target': { en: 'Target: normally by the date', es: 'Plazo indicativo: normalmente a más tardar en la fecha' },
  'timeline.key.planned': { en: 'Scheduled event (not yet held)', es: 'Actuación prevista (aún no realizada)' },
  'timeline.planned': { en: 'planned', es: 'prevista' },
  'timeline.agreedDate': { en: 'agreed date', es: 'fecha acordada' },

  // ---- How a limit was counted, in words ----
  'counting.days.one': { en: '{date} + 1 day', es: '{date} + 1 día' },
  'counting.days.other': { en: '{date} + {days} days', es: '{date} + {days} días' },
  'counting.dayAfter': { en: 'opens the day after the period ends', es: 'se abre el día siguiente al fin del plazo' },
  'counting.laterOf': { en: 'Later of {events}: {counting}', es: 'La fecha posterior entre {events}: {counting}' },
  'counting.and': { en: ' and ', es: ' y ' },
  'counting.limit': { en: 'End of “{rule}”, {counting}', es: 'Fin de «{rule}», {counting}' },
  'counting.extended': { en: 'period extended by “{event}”', es: 'plazo ampliado por «{event}»' },
  'counting.agreed': { en: 'treaty counting; the Parties agreed another date', es: 'cómputo del tratado; las Partes acordaron otra fecha' },

  // ---- Periods agreed by the Parties (limits.agree / limits.unagree) ----
  'agreed.badge': { en: 'Agreed by the Parties', es: 'Acordado por las Partes' },
  'agreed.original': { en: 'Treaty date: {date}', es: 'Fecha del tratado: {date}' },
  'agreed.record': { en: 'Record agreed period', es: 'Registrar plazo acordado' },
  'agreed.record.aria': {
    en: 'Record a period agreed by the Parties for “{limit}”',
    es: 'Registrar un plazo acordado por las Partes para «{limit}»',
  },
  'agreed.change': { en: 'Change', es: 'Cambiar' },
  'agreed.change.aria': { en: 'Change the agreed period for “{limit}”', es: 'Cambiar el plazo acordado para «{limit}»' },
  'agreed.remove': { en: 'Remove agreed period', es: 'Quitar plazo acordado' },
  'agreed.remove.aria': { en: 'Remove the agreed period for “{limit}”', es: 'Quitar el plazo acordado para «{limit}»' },
  'agreed.form.heading': { en: 'Period agreed by the Parties: {limit}', es: 'Plazo acordado por las Partes: {limit}' },
  'agreed.form.intro': {
    en: '{article} allows “such other period as the disputing Parties agree”. The time limit will show the agreed date, with the treaty date ({date}) beside it.',
    es: '{article} admite «otro plazo que acuerden las Partes contendientes». El plazo mostrará la fecha acordada, con la fecha del tratado ({date}) al lado.',
  },
  'agreed.form.choice': { en: 'The Parties agreed on', es: 'Las Partes acordaron' },
  'agreed.form.byDate': { en: 'a date', es: 'una fecha' },
  'agreed.form.byDays': { en: 'a number of days', es: 'un número de días' },
  'agreed.form.date': { en: 'Agreed date', es: 'Fecha acordada' },
  'agreed.form.days': { en: 'Agreed number of days', es: 'Número de días acordado' },
  'agreed.form.days.hint': {
    en: 'Counted from {date}, as the treaty’s {days} days are.',
    es: 'Se cuentan desde el {date}, como los {days} días del tratado.',
  },
  'agreed.form.note': { en: 'Note (where and when it was agreed)', es: 'Nota (dónde y cuándo se acordó)' },
  'agreed.form.save': { en: 'Save agreed period', es: 'Guardar plazo acordado' },
  'agreed.form.cancel': { en: 'Cancel', es: 'Cancelar' },
  'agreed.form.failed': { en: 'The agreed period was not saved.', es: 'El plazo acordado no se guardó.' },
  'agreed.days.value.one': { en: '1 day', es: '1 día' },
  'agreed.days.value.other': { en: '{n} days', es: '{n} días' },

  // ---- Scheduled steps ----
  'events.scheduled': { en: 'Scheduled (not yet held)', es: 'Prevista (aún no realizada)' },
  'events.scheduled.hint': {
    en: 'For a step set for a date ahead, such as a meeting next month. It is drawn as planned and meets no time limit until you untick this once it is held.',
    es: 'Para una actuación fijada para una fecha futura, como una reunión el mes próximo. Se dibuja como prevista y no cumple ningún plazo hasta que desmarque esta casilla cuando se realice.',
  },
  'events.scheduled.tag': { en: 'Scheduled', es: 'Prevista' },

  // ---- How time limits are counted (the app's help on the convention, issue 5 §1) ----
  'countingHelp.summary': { en: 'How time limits are counted', es: 'Cómo se cuentan los plazos' },
  'countingHelp.calendar': {
    en: 'Days are calendar days (CAFTA-DR Art. 2.1; TPA Art. 1.3): weekends and holidays count.',
    es: 'Los días son días calendario (CAFTA-DR Art. 2.1; APC Art. 1.3): cuentan los fines de semana y los feriados.',
  },
  'countingHelp.delivery': {
    en: 'Periods count from delivery: record the date a request or notice was delivered to the other Party, not the date it was signed or sent.',
    es: 'Los plazos se cuentan desde la entrega: registre la fecha en que la solicitud o notificación se entregó a la otra Parte, no la fecha en que se firmó o envió.',
  },
  'countingHelp.within': {
    en: 'A step due “within N days” of an event falls on the event’s date plus N days: within 10 days of 3 March means by 13 March.',
    es: 'Una actuación que debe ocurrir «dentro de N días» de un hecho vence en la fecha del hecho más N días: dentro de 10 días desde el 3 de marzo significa a más tardar el 13 de marzo.',
  },
  'countingHelp.dayAfter': {
    en: 'A step allowed once the Parties “fail … within N days” opens the day after that period ends: 60 days from 1 October end on 30 November, so the step may be taken from 1 December.',
    es: 'Una actuación permitida si las Partes «no logran … dentro de N días» se abre el día siguiente al fin de ese plazo: 60 días desde el 1 de octubre terminan el 30 de noviembre, por lo que puede realizarse desde el 1 de diciembre.',
  },
  'countingHelp.target': {
    en: 'Dates the treaty says are “normally” met (a factual record made public normally within 60 days) are targets, not deadlines: once passed they show in amber, not as overdue.',
    es: 'Las fechas que el tratado indica como «normalmente» (un expediente de hechos publicado normalmente dentro de 60 días) son indicativas, no plazos obligatorios: una vez pasadas se muestran en ámbar, no como vencidas.',
  },
  'countingHelp.agreed': {
    en: 'Where the article allows “such other period as the Parties agree”, record the agreed period on that time limit: the agreed date is used, with the treaty date beside it.',
    es: 'Cuando el artículo admite «otro plazo que acuerden las Partes», registre el plazo acordado en ese plazo: se usa la fecha acordada, con la fecha del tratado al lado.',
  },
  'countingHelp.scheduled': {
    en: 'A step recorded as scheduled (not yet held) is drawn as planned and meets no time limit until it is confirmed as held.',
    es: 'Una actuación registrada como prevista (aún no realizada) se dibuja como prevista y no cumple ningún plazo hasta que se confirme que se realizó.',
  },
  'countingHelp.flags': {
    en: 'A step taken before the treaty allows it, without a condition the treaty sets, or after its deadline is shown as premature or late, never as met.',
    es: 'Una actuación realizada antes de lo que permite el tratado, sin una condición que este exige o después de su plazo se muestra como prematura o tardía, nunca como cumplida.',
  },
});
