// Strings of the recovery screen (renderer/recovery/), shown instead of the
// app when the data file is damaged (issue 7 §1), and of the "checking your
// data" notice. Plain words first; SQLite's own words only under the details.
// Nothing here offers to delete: the damaged file is always kept.
import { defineMessages } from '../define';

export const recoveryMessages = defineMessages({
  'recovery.title.damaged': { en: 'Your data file is damaged', es: 'Su archivo de datos está dañado' },
  'recovery.title.unreadable': { en: 'Your data file can no longer be read', es: 'Su archivo de datos ya no se puede leer' },
  'recovery.what.damaged': {
    en: 'Commission Desk found damage in the file that holds your cases (some of its pages are not as SQLite wrote them — after a disk error, a power cut or an interrupted copy). It has stopped writing to it, so nothing more can be lost.',
    es: 'Commission Desk encontró daños en el archivo que guarda sus casos (algunas de sus páginas no están como SQLite las escribió, tras un error del disco, un corte de luz o una copia interrumpida). Ha dejado de escribir en él, de modo que no se puede perder nada más.',
  },
  'recovery.what.unreadable': {
    en: 'The file that holds your cases is no longer a database Commission Desk can read (it may have been cut short or overwritten). It has stopped writing to it, so nothing more can be lost.',
    es: 'El archivo que guarda sus casos ya no es una base de datos que Commission Desk pueda leer (puede que se haya cortado o sobrescrito). Ha dejado de escribir en él, de modo que no se puede perder nada más.',
  },
  'recovery.kept': { en: 'The damaged file is kept exactly as it is, at:', es: 'El archivo dañado se conserva tal como está, en:' },
  'recovery.foundAt': { en: 'Found on {date}.', es: 'Detectado el {date}.' },
  'recovery.choose': { en: 'You can get your record back in one of two ways:', es: 'Puede recuperar sus datos de una de estas dos formas:' },

  'recovery.backup.heading': { en: 'Restore a backup', es: 'Restaurar una copia de seguridad' },
  'recovery.backup.latest': {
    en: 'The latest good backup was taken on {date} ({size}, {cases} cases). Changes made after it will not be in it.',
    es: 'La última copia correcta se hizo el {date} ({size}, {cases} casos). Los cambios posteriores no estarán en ella.',
  },
  'recovery.backup.restore': { en: 'Restore the backup of {date}', es: 'Restaurar la copia del {date}' },
  'recovery.backup.none': {
    en: 'There is no intact backup in {folder}. Restore a copy kept elsewhere, below, or export what can still be read.',
    es: 'No hay ninguna copia de seguridad intacta en {folder}. Restaure abajo una copia guardada en otro lugar, o exporte lo que aún se pueda leer.',
  },
  'recovery.backup.others': { en: 'Other backups', es: 'Otras copias' },
  'recovery.backup.loading': { en: 'Looking for backups…', es: 'Buscando copias de seguridad…' },
  'recovery.backup.restoring': { en: 'Restoring…', es: 'Restaurando…' },

  // Restoring a copy kept outside the data folder, by its full path (the Backups screen is not reachable meanwhile).
  'recovery.file.heading': { en: 'Restore from a file…', es: 'Restaurar desde un archivo…' },
  'recovery.file.help': {
    en: 'A backup kept elsewhere (a USB stick, a shared folder): type its full path on this computer. It is checked before anything is replaced, and the damaged file is kept among the backups.',
    es: 'Una copia guardada en otro lugar (una memoria USB, una carpeta compartida): escriba su ruta completa en este equipo. Se comprueba antes de sustituir nada, y el archivo dañado se conserva entre las copias de seguridad.',
  },
  'recovery.file.path': { en: 'File (full path)', es: 'Archivo (ruta completa)' },
  'recovery.file.choose': { en: 'Choose…', es: 'Elegir…' },
  'recovery.file.restore': { en: 'Restore from this file', es: 'Restaurar desde este archivo' },
  'recovery.file.required': { en: 'Enter the full path of the file.', es: 'Indique la ruta completa del archivo.' },

  'recovery.salvage.heading': { en: 'Export what can still be read', es: 'Exportar lo que aún se puede leer' },
  'recovery.salvage.explain': {
    en: 'Every record that can still be read is copied into a new file beside the damaged one. The damaged file is not changed. You then choose whether to work from the new file.',
    es: 'Cada registro que aún se pueda leer se copia en un archivo nuevo junto al dañado. El archivo dañado no se modifica. Después usted decide si trabaja con el archivo nuevo.',
  },
  'recovery.salvage.run': { en: 'Export what can still be read', es: 'Exportar lo que aún se puede leer' },
  'recovery.salvage.running': { en: 'Reading the damaged file…', es: 'Leyendo el archivo dañado…' },
  'recovery.salvage.done': { en: '{cases} cases were saved into a new file:', es: 'Se guardaron {cases} casos en un archivo nuevo:' },
  'recovery.salvage.complete': { en: 'Everything could be read.', es: 'Se pudo leer todo.' },
  'recovery.salvage.incomplete': {
    en: 'Some parts could not be read. Cases lost there were rebuilt from the history where it holds them; other records in them are not in the new file (they stay in the damaged file, which is kept).',
    es: 'Algunas partes no se pudieron leer. Los casos perdidos allí se reconstruyeron a partir del historial cuando este los conserva; los demás registros que contenían no están en el archivo nuevo (siguen en el archivo dañado, que se conserva).',
  },
  'recovery.salvage.table': { en: 'What was copied, table by table', es: 'Lo que se copió, tabla por tabla' },
  'recovery.salvage.column.table': { en: 'Table', es: 'Tabla' },
  'recovery.salvage.column.copied': { en: 'Copied', es: 'Copiados' },
  'recovery.salvage.column.state': { en: 'State', es: 'Estado' },
  'recovery.salvage.state.whole': { en: 'read in full', es: 'leída por completo' },
  'recovery.salvage.state.damaged': { en: 'damaged part skipped', es: 'parte dañada omitida' },
  'recovery.salvage.state.dropped': { en: '{count} left out', es: '{count} omitidos' },
  'recovery.salvage.state.rebuilt': { en: '{count} rebuilt from the history', es: '{count} reconstruidos a partir del historial' },
  'recovery.salvage.use': { en: 'Work from the new file', es: 'Trabajar con el archivo nuevo' },
  'recovery.salvage.using': { en: 'Switching…', es: 'Cambiando…' },
  'recovery.salvage.useExplain': {
    en: 'The damaged file will be renamed and kept beside it, never deleted.',
    es: 'El archivo dañado se renombrará y se conservará junto a él; nunca se elimina.',
  },

  'apiError.not_damaged': {
    en: 'The data file is not damaged, so it is not replaced by a salvaged copy. To go back to an earlier state, restore a backup (Settings → Backups).',
    es: 'El archivo de datos no está dañado, así que no se sustituye por una copia rescatada. Para volver a un estado anterior, restaure una copia de seguridad (Configuración → Copias de seguridad).',
  },

  'recovery.details': { en: 'Technical details', es: 'Detalles técnicos' },
  'recovery.failed': { en: 'That did not work: {message}', es: 'No fue posible: {message}' },

  // The notice while the data file is checked at start and a change waits for the check.
  'recovery.checking': {
    en: 'Checking your data… Your change will be saved as soon as the check is over.',
    es: 'Comprobando sus datos… Su cambio se guardará en cuanto termine la comprobación.',
  },
});
