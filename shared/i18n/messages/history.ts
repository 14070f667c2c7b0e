// Strings of the history: the app-wide History screen and a case's history
// section (who changed what, when and on which computer). Spanish addresses
// the user as usted and calls an event an "actuación", as the case page does.
import { defineMessages } from '../define';

export const historyMessages = defineMessages({
  // The nav item, the History screen's title and the case page's section heading.
  'history.heading': { en: 'History', es: 'Historial' },
  'history.intro': {
    en: 'Every change made in Commission Desk, newest first: cases, their events and agreed periods, and the settings.',
    es: 'Todos los cambios hechos en Commission Desk, del más reciente al más antiguo: los casos, sus actuaciones y plazos acordados, y la configuración.',
  },
  'history.listLabel': { en: 'Changes, newest first', es: 'Cambios, del más reciente al más antiguo' },
  'history.empty': { en: 'No changes recorded.', es: 'No hay cambios registrados.' },
  'history.older': { en: 'Show older changes', es: 'Mostrar cambios anteriores' },
  'history.loadingOlder': { en: 'Loading older changes…', es: 'Cargando cambios anteriores…' },
  'history.end': { en: 'No older changes.', es: 'No hay cambios anteriores.' },

  // Who and where: the name given in Settings, and the computer the change was made on.
  'history.unknownActor': { en: 'Unknown user', es: 'Usuario desconocido' },
  'history.device': { en: 'Computer: {device}', es: 'Computadora: {device}' },

  // The record an entry is about, as a link on the History screen.
  'history.record.case': { en: 'Case {reference}: {title}', es: 'Caso {reference}: {title}' },
  // While the case's reference is being looked up, or if it cannot be.
  'history.record.caseUnnamed': { en: 'Open the case', es: 'Abrir el caso' },
  'history.record.settings': { en: 'Settings', es: 'Configuración' },

  'history.case.create': { en: 'Opened the case record', es: 'Abrió el registro del caso' },
  'history.case.update': { en: 'Changed the case', es: 'Modificó el caso' },
  'history.case.remove': { en: 'Removed the case', es: 'Eliminó el caso' },
  'history.case.restore': { en: 'Restored the case from the Trash', es: 'Restauró el caso desde la papelera' },
  'history.event.create': { en: 'Recorded the event {event}', es: 'Registró la actuación {event}' },
  'history.event.update': { en: 'Corrected the event {event}', es: 'Corrigió la actuación {event}' },
  'history.event.remove': { en: 'Removed the event {event}', es: 'Eliminó la actuación {event}' },
  'history.event.restore': { en: 'Restored the event {event} from the Trash', es: 'Restauró la actuación {event} desde la papelera' },
  'history.settings': { en: 'Changed the settings', es: 'Modificó la configuración' },
  'history.agreement.create': { en: 'Recorded a period agreed by the Parties for “{limit}”', es: 'Registró un plazo acordado por las Partes para «{limit}»' },
  'history.agreement.update': { en: 'Changed the agreed period for “{limit}”', es: 'Modificó el plazo acordado para «{limit}»' },
  'history.agreement.remove': { en: 'Removed the agreed period for “{limit}”', es: 'Quitó el plazo acordado para «{limit}»' },
  // The history's actions are shared by every kind of record; agreed periods have no Trash yet.
  'history.agreement.restore': { en: 'Restored the agreed period for “{limit}”', es: 'Restauró el plazo acordado para «{limit}»' },
  'history.aLimit': { en: 'a time limit', es: 'un plazo' },
  'history.anEvent': { en: 'an event', es: 'una actuación' },
  // A language never chosen in Settings: the app followed the computer's.
  'history.localeUnset': { en: 'not chosen (the computer’s language)', es: 'sin elegir (el de la computadora)' },
  'history.yes': { en: 'Yes', es: 'Sí' },
  'history.no': { en: 'No', es: 'No' },
});
