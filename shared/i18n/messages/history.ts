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
  // The operating-system account the app ran under, and the id of the copy of
  // the app (generated once per installation): recorded from version 100 on,
  // so a display name anyone can change is never the only answer to "who".
  'history.account': { en: 'System account: {account}', es: 'Cuenta del sistema: {account}' },
  'history.installation': { en: 'App installation: {id}', es: 'Instalación de la aplicación: {id}' },

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
  // The name written to the history is a setting: changing it is itself recorded.
  'history.settings.nameGiven': { en: 'Gave the name recorded in the history', es: 'Indicó el nombre que figura en el historial' },
  'history.settings.nameChanged': { en: 'Changed the name recorded in the history', es: 'Cambió el nombre que figura en el historial' },
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

  // Verify history (history.verify): every entry is sealed with a hash of its
  // content and of the entry before it; checking recomputes them all.
  'history.verify.heading': { en: 'Check the history', es: 'Comprobar el historial' },
  'history.verify.intro': {
    en: 'Each change is sealed when it is recorded, together with the change before it. Checking unseals them all: a change edited, removed or added outside Commission Desk shows up.',
    es: 'Cada cambio se sella al registrarse, junto con el cambio anterior. La comprobación revisa todos los sellos: se detecta cualquier cambio editado, eliminado o añadido fuera de Commission Desk.',
  },
  'history.verify.button': { en: 'Verify history', es: 'Verificar el historial' },
  'history.verify.running': { en: 'Checking the history…', es: 'Comprobando el historial…' },
  'history.verify.empty': { en: 'There is nothing to check yet: no change has been recorded.', es: 'Todavía no hay nada que comprobar: no se ha registrado ningún cambio.' },
  'history.verify.intact.one': {
    en: 'The history is intact: its one change is exactly as it was recorded.',
    es: 'El historial está íntegro: su único cambio está exactamente como se registró.',
  },
  'history.verify.intact.other': {
    en: 'The history is intact: all {count} changes are exactly as they were recorded.',
    es: 'El historial está íntegro: los {count} cambios están exactamente como se registraron.',
  },
  'history.verify.altered': {
    en: 'The history was altered outside Commission Desk: change no. {id}, dated {at}, is no longer what was recorded.',
    es: 'El historial se alteró fuera de Commission Desk: el cambio n.º {id}, con fecha {at}, ya no es el que se registró.',
  },
  'history.verify.unlinked': {
    en: 'The history was altered outside Commission Desk: a change was removed or added just before change no. {id}, dated {at}.',
    es: 'El historial se alteró fuera de Commission Desk: se eliminó o se añadió un cambio justo antes del cambio n.º {id}, con fecha {at}.',
  },
  'history.verify.trustedBefore.one': {
    en: 'The one change before it is intact. Do not rely on this change or on later ones; restore a backup if you have one.',
    es: 'El único cambio anterior está íntegro. No confíe en este cambio ni en los posteriores; restaure una copia de seguridad si la tiene.',
  },
  'history.verify.trustNone': {
    en: 'Do not rely on this change or on later ones; restore a backup if you have one.',
    es: 'No confíe en este cambio ni en los posteriores; restaure una copia de seguridad si la tiene.',
  },
  'history.verify.trustedBefore.other': {
    en: 'The {count} changes before it are intact. Do not rely on this change or on later ones; restore a backup if you have one.',
    es: 'Los {count} cambios anteriores están íntegros. No confíe en este cambio ni en los posteriores; restaure una copia de seguridad si la tiene.',
  },
  // Compared with the backups (history.verify's sinceBackup): what the chain
  // alone cannot show — changes cut off the end, or a history rewritten whole.
  'history.verify.shortened': {
    en: 'Changes were removed from the end of the history: the backup of {at} holds change no. {id}, which the history no longer has.',
    es: 'Se eliminaron cambios del final del historial: la copia de seguridad del {at} contiene el cambio n.º {id}, que el historial ya no tiene.',
  },
  'history.verify.rewritten': {
    en: 'The history was rewritten since the backup of {at}: change no. {id} is not what that backup holds.',
    es: 'El historial se reescribió después de la copia de seguridad del {at}: el cambio n.º {id} no es el que contiene esa copia.',
  },
  'history.verify.backupKept': {
    en: 'That backup is kept (Settings → Backups): restore it, or compare it with the history, before relying on the history.',
    es: 'Esa copia se conserva (Configuración → Copias de seguridad): restáurela, o compárela con el historial, antes de confiar en el historial.',
  },
  'history.verify.guardsRestored.one': {
    en: 'The protection that keeps the history from being edited had been removed outside Commission Desk; it was put back when the app opened on {at}.',
    es: 'La protección que impide editar el historial se había quitado fuera de Commission Desk; se restableció al abrirse la aplicación el {at}.',
  },
  'history.verify.guardsRestored.other': {
    en: 'The protection that keeps the history from being edited had been removed outside Commission Desk {count} times; it was put back each time the app opened, most recently on {at}.',
    es: 'La protección que impide editar el historial se había quitado fuera de Commission Desk {count} veces; se restableció cada vez al abrirse la aplicación, la última el {at}.',
  },
  'history.no': { en: 'No', es: 'No' },
});
