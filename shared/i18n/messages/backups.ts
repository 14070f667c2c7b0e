// Strings of backups and restore (issue 7 §2): the Backups screen in Settings
// and the refusals of the backups.* methods. Spanish says "copia de
// seguridad" (feminine) for a backup and addresses the user as usted.
import { defineMessages } from '../define';

export const backupsMessages = defineMessages({
  'backups.heading': { en: 'Backups', es: 'Copias de seguridad' },
  'backups.settingsLink': { en: 'Backups and restore', es: 'Copias de seguridad y restauración' },
  'backups.settingsHelp': {
    en: 'Copies of your data taken on their own every day, on quit and before updates; make one now, save one to a USB stick, or restore one.',
    es: 'Copias de sus datos que se hacen solas cada día, al salir y antes de las actualizaciones; haga una ahora, guarde una en una memoria USB o restaure una.',
  },
  'backups.intro': {
    en: 'Commission Desk backs up your data on its own: once a day, when you quit, before an update changes the data file and before a restore replaces it. Each copy is checked after it is written.',
    es: 'Commission Desk hace copias de seguridad de sus datos por sí solo: una vez al día, al salir, antes de que una actualización modifique el archivo de datos y antes de que una restauración lo sustituya. Cada copia se comprueba después de escribirla.',
  },
  'backups.policy': {
    en: 'Kept: every copy you make; the newest copy of each of the last {daily} days, {weekly} weeks and {monthly} months; copies taken before an update or a restore for {safetyDays} days.',
    es: 'Se conservan: todas las copias que usted haga; la copia más reciente de cada uno de los últimos {daily} días, {weekly} semanas y {monthly} meses; las copias anteriores a una actualización o a una restauración durante {safetyDays} días.',
  },
  'backups.where': { en: 'They are kept in {folder}.', es: 'Se guardan en {folder}.' },
  'backups.create': { en: 'Back up now', es: 'Hacer una copia ahora' },
  'backups.creating': { en: 'Backing up…', es: 'Haciendo la copia…' },
  'backups.created.one': { en: 'Backup made: {date}, 1 case, checked.', es: 'Copia hecha: {date}, 1 caso, comprobada.' },
  'backups.created.other': { en: 'Backup made: {date}, {count} cases, checked.', es: 'Copia hecha: {date}, {count} casos, comprobada.' },
  'backups.createdUnverified': {
    en: 'Backup made ({date}), but its check found a problem: {problem}',
    es: 'Copia hecha ({date}), pero su comprobación encontró un problema: {problem}',
  },
  'backups.listHeading': { en: 'Copies on this computer', es: 'Copias en este equipo' },
  'backups.caption': { en: 'Backups, newest first', es: 'Copias de seguridad, de la más reciente a la más antigua' },
  'backups.empty': {
    en: 'No backups yet. The first is taken today once you have recorded something, or now with “Back up now”.',
    es: 'Todavía no hay copias. La primera se hará hoy en cuanto registre algo, o ahora con «Hacer una copia ahora».',
  },
  'backups.column.date': { en: 'Taken', es: 'Fecha' },
  'backups.column.reason': { en: 'Why', es: 'Motivo' },
  'backups.column.size': { en: 'Size', es: 'Tamaño' },
  'backups.column.cases': { en: 'Cases', es: 'Casos' },
  'backups.column.verified': { en: 'Checked', es: 'Comprobada' },
  'backups.column.actions': { en: 'Actions', es: 'Acciones' },
  'backups.reason.daily': { en: 'Daily', es: 'Diaria' },
  'backups.reason.quit': { en: 'On quit', es: 'Al salir' },
  'backups.reason.manual': { en: 'Made by you', es: 'Hecha por usted' },
  'backups.reason.before-migration': { en: 'Before the update to version {version}', es: 'Antes de la actualización a la versión {version}' },
  'backups.reason.before-restore': { en: 'Before a restore', es: 'Antes de una restauración' },
  'backups.verified.yes': { en: 'Intact', es: 'Íntegra' },
  'backups.verified.no': { en: 'Problem found', es: 'Con problemas' },
  'backups.verified.unknown': { en: 'Not checked', es: 'Sin comprobar' },
  'backups.historyAltered': { en: 'The history in this copy was altered', es: 'El historial de esta copia fue alterado' },
  'backups.unknown': { en: 'unknown', es: 'desconocido' },
  'backups.size.bytes': { en: '{size} bytes', es: '{size} bytes' },
  'backups.size.kb': { en: '{size} KB', es: '{size} KB' },
  'backups.size.mb': { en: '{size} MB', es: '{size} MB' },
  'backups.size.gb': { en: '{size} GB', es: '{size} GB' },

  // Saving a copy elsewhere.
  'backups.save': { en: 'Save a copy', es: 'Guardar una copia' },
  'backups.save.aria': { en: 'Save a copy of the backup of {date}', es: 'Guardar una copia de la copia de seguridad del {date}' },
  'backups.save.title': { en: 'Save a copy of the backup of {date}', es: 'Guardar una copia de la copia de seguridad del {date}' },
  'backups.save.download': { en: 'Download the file', es: 'Descargar el archivo' },
  'backups.save.downloadHelp': {
    en: 'Your browser saves it where it keeps downloads. Or save it straight into a folder of this computer (a USB stick, say):',
    es: 'Su navegador lo guardará donde guarda las descargas. O guárdelo directamente en una carpeta de este equipo (una memoria USB, por ejemplo):',
  },
  'backups.save.folderHelp': { en: 'The folder to save it in, for example a USB stick.', es: 'La carpeta donde guardarla, por ejemplo una memoria USB.' },
  'backups.save.folder': { en: 'Folder (full path)', es: 'Carpeta (ruta completa)' },
  'backups.save.choose': { en: 'Choose…', es: 'Elegir…' },
  'backups.save.confirm': { en: 'Save to this folder', es: 'Guardar en esta carpeta' },
  'backups.save.saving': { en: 'Saving…', es: 'Guardando…' },
  'backups.saved': { en: 'Copy saved as {path}.', es: 'Copia guardada como {path}.' },

  // Restoring.
  'backups.restore': { en: 'Restore', es: 'Restaurar' },
  'backups.restore.aria': { en: 'Restore the backup of {date}', es: 'Restaurar la copia de seguridad del {date}' },
  'backups.restore.title': { en: 'Restore the backup of {date}?', es: '¿Restaurar la copia de seguridad del {date}?' },
  'backups.restore.fileTitle': { en: 'Restore the data from this file?', es: '¿Restaurar los datos desde este archivo?' },
  'backups.restore.body': {
    en: 'The data now in Commission Desk will be replaced by this copy. A backup of the current data is taken first and listed here as “Before a restore”, so you can go back to it.',
    es: 'Los datos que hay ahora en Commission Desk se sustituirán por esta copia. Antes se hace una copia de seguridad de los datos actuales, que aparecerá aquí como «Antes de una restauración», para que pueda volver a ellos.',
  },
  'backups.restore.confirm': { en: 'Yes, restore this copy', es: 'Sí, restaurar esta copia' },
  'backups.restore.restoring': { en: 'Restoring…', es: 'Restaurando…' },
  'backups.restore.cancel': { en: 'Cancel', es: 'Cancelar' },
  'backups.restored.one': {
    en: 'Data restored: 1 case. The data as it was before is kept as the backup of {date}.',
    es: 'Datos restaurados: 1 caso. Los datos tal como estaban se conservan en la copia del {date}.',
  },
  'backups.restored.other': {
    en: 'Data restored: {count} cases. The data as it was before is kept as the backup of {date}.',
    es: 'Datos restaurados: {count} casos. Los datos tal como estaban se conservan en la copia del {date}.',
  },
  'backups.restored.migrated': {
    en: 'The copy was made by an earlier version (schema {version}) and has been updated.',
    es: 'La copia se hizo con una versión anterior (esquema {version}) y se ha actualizado.',
  },
  'backups.fromFile.heading': { en: 'Restore from a file', es: 'Restaurar desde un archivo' },
  'backups.fromFile.help': {
    en: 'A backup saved elsewhere (a USB stick, another computer’s copy). It is checked before anything is replaced: it must be a Commission Desk data file, intact, and not from a newer version.',
    es: 'Una copia guardada en otro lugar (una memoria USB, la copia de otro equipo). Se comprueba antes de sustituir nada: debe ser un archivo de datos de Commission Desk, íntegro y no de una versión más reciente.',
  },
  'backups.fromFile.path': { en: 'File (full path)', es: 'Archivo (ruta completa)' },
  'backups.fromFile.choose': { en: 'Choose…', es: 'Elegir…' },
  'backups.fromFile.restore': { en: 'Restore from this file', es: 'Restaurar desde este archivo' },
  'backups.fromFile.required': { en: 'Enter the full path of the file.', es: 'Indique la ruta completa del archivo.' },

  // Refusals of the backups.* methods (shared/api/errors.ts).
  'apiError.no_backup': { en: 'There is no backup at {what}.', es: 'No hay ninguna copia de seguridad en {what}.' },
  'apiError.no_folder': { en: 'There is no folder {folder}.', es: 'No existe la carpeta {folder}.' },
  'apiError.backup_not_ours': {
    en: 'This file is not a Commission Desk data file. Nothing was changed.',
    es: 'Este archivo no es un archivo de datos de Commission Desk. No se modificó nada.',
  },
  'apiError.backup_too_new': {
    en: 'This copy was made by a newer version of Commission Desk (schema {version}; this version reads up to {supported}). Install the newer version to restore it. Nothing was changed.',
    es: 'Esta copia se hizo con una versión más reciente de Commission Desk (esquema {version}; esta versión lee hasta el {supported}). Instale la versión más reciente para restaurarla. No se modificó nada.',
  },
  'apiError.backup_damaged': {
    en: 'This copy is damaged and cannot be restored. Nothing was changed; choose another copy.',
    es: 'Esta copia está dañada y no se puede restaurar. No se modificó nada; elija otra copia.',
  },
  'apiError.restore_failed': {
    en: 'The restored copy could not be opened, so the data as it was before has been put back. Nothing was lost.',
    es: 'No se pudo abrir la copia restaurada, así que se han vuelto a poner los datos tal como estaban. No se perdió nada.',
  },
  // The notice shown while the day's automatic backup keeps failing (system.status backupFailure; {time} is when it failed).
  'backups.failed.disk_full': {
    en: 'The automatic backup could not be made ({time}): the disk is full. Your data is saved, but has no recent copy; free some space and it will be tried again.',
    es: 'No se pudo hacer la copia de seguridad automática ({time}): el disco está lleno. Sus datos están guardados, pero sin una copia reciente; libere espacio y se volverá a intentar.',
  },
  'backups.failed.read_only': {
    en: 'The automatic backup could not be made ({time}): the backups folder cannot be written. Your data is saved, but has no recent copy; check the folder’s permissions, or save a copy elsewhere from Backups.',
    es: 'No se pudo hacer la copia de seguridad automática ({time}): no se puede escribir en la carpeta de copias. Sus datos están guardados, pero sin una copia reciente; revise los permisos de la carpeta o guarde una copia en otro lugar desde Copias de seguridad.',
  },
  'backups.failed.internal': {
    en: 'The automatic backup could not be made ({time}). Your data is saved, but has no recent copy; it will be tried again, and the details are in the log.',
    es: 'No se pudo hacer la copia de seguridad automática ({time}). Sus datos están guardados, pero sin una copia reciente; se volverá a intentar, y los detalles están en el registro.',
  },
  'backups.failed.open': { en: 'Open Backups', es: 'Abrir Copias de seguridad' },
  'backups.failed.hide': { en: 'Hide', es: 'Ocultar' },
});
