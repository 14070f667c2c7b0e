// What the API's error codes say, in both languages (shared/api/errors.ts).
// The renderer shows these; dispatch writes the English one into `message`
// for callers that are not the app.
import { defineMessages } from '../define';

export const apiErrorMessages = defineMessages({
  'apiError.fields': { en: 'Some fields are not valid.', es: 'Algunos campos no son válidos.' },
  'apiError.no_record': {
    en: 'This record was not found: it may have been removed.',
    es: 'No se encontró este registro: puede que se haya eliminado.',
  },
  'apiError.stale_version': {
    en: '{reference} was changed by someone else (it is now at version {version}; you edited version {yourVersion}).',
    es: 'Otra persona modificó {reference} (ahora está en la versión {version}; usted editó la versión {yourVersion}).',
  },
  'apiError.sample_loaded': { en: 'The sample casebook is already loaded.', es: 'Los casos de ejemplo ya están cargados.' },
  'apiError.database_busy': {
    en: 'Another copy of Commission Desk is writing to this data. Nothing was saved; try again in a moment.',
    es: 'Otra copia de Commission Desk está escribiendo en estos datos. No se guardó nada; vuelva a intentarlo en un momento.',
  },
  'apiError.lock_lost': {
    en: 'Another copy of Commission Desk has taken over this data folder, so this copy no longer saves anything. Nothing was saved; close this copy and work in the other one.',
    es: 'Otra copia de Commission Desk ha tomado esta carpeta de datos, así que esta copia ya no guarda nada. No se guardó nada; cierre esta copia y trabaje en la otra.',
  },
  'apiError.disk_full': {
    en: 'The disk is full. Nothing was saved; free some space and try again.',
    es: 'El disco está lleno. No se guardó nada; libere espacio y vuelva a intentarlo.',
  },
  'apiError.read_only': {
    en: 'The data file cannot be written (it or its folder is read-only). Nothing was saved.',
    es: 'No se puede escribir en el archivo de datos (el archivo o su carpeta es de solo lectura). No se guardó nada.',
  },
  'apiError.read_only_copy': {
    en: 'This copy of Commission Desk was opened read-only, beside another copy that holds the data folder. Make changes in that one.',
    es: 'Esta copia de Commission Desk se abrió en modo de solo lectura, junto a otra copia que tiene la carpeta de datos. Haga los cambios en esa otra.',
  },
  'apiError.damaged': {
    en: 'The data file is damaged. Nothing more will be written to it; open the recovery screen to get your record back.',
    es: 'El archivo de datos está dañado. No se escribirá nada más en él; abra la pantalla de recuperación para recuperar sus datos.',
  },
  'apiError.server_failed': {
    en: 'Something went wrong on our side. Nothing was changed; please try again.',
    es: 'Se produjo un error interno. No se modificó nada; vuelva a intentarlo.',
  },
  'apiError.no_method': { en: 'There is no API method {method}.', es: 'No existe el método de la API {method}.' },
  'apiError.bad_request': {
    en: 'The request was refused: it did not come from Commission Desk as expected.',
    es: 'Se rechazó la solicitud: no procedía de Commission Desk como se esperaba.',
  },
  'apiError.no_token': {
    en: 'This page was opened without the access token. Open the address the app printed when it started.',
    es: 'Esta página se abrió sin el código de acceso. Abra la dirección que la aplicación mostró al iniciarse.',
  },
  'apiError.host_unreachable': {
    en: 'Commission Desk is not running. Start it again and reload this page.',
    es: 'Commission Desk no está en marcha. Vuelva a iniciarlo y recargue esta página.',
  },

  'apiError.field.required': { en: 'Required.', es: 'Obligatorio.' },
  'apiError.field.not_a_field': { en: 'Not a field of this method.', es: 'No es un campo de este método.' },
  'apiError.field.wrong_type': { en: 'Not the right kind of value.', es: 'El tipo de valor no es el correcto.' },
  'apiError.field.not_one_of': { en: 'Choose one of the options.', es: 'Elija una de las opciones.' },
  'apiError.field.not_id': { en: 'Not a record id.', es: 'No es un identificador de registro.' },
  'apiError.field.too_long': { en: 'At most {max} characters.', es: 'Como máximo {max} caracteres.' },
  'apiError.field.too_many': { en: 'At most {max} in this list.', es: 'Como máximo {max} en esta lista.' },
  'apiError.field.at_most': { en: 'Enter at most {max}.', es: 'Indique como máximo {max}.' },
  'apiError.field.at_least': { en: 'Enter at least {min}.', es: 'Indique como mínimo {min}.' },
  'apiError.field.whole_number': { en: 'Enter a whole number.', es: 'Indique un número entero.' },
  'apiError.field.date_format': { en: 'Enter a real calendar date.', es: 'Indique una fecha válida.' },
  'apiError.field.date_range': { en: 'Use a date from {from} to {to}.', es: 'Indique una fecha entre {from} y {to}.' },
  'apiError.field.hs_code': {
    en: 'Not an HS code: use 2, 4, 6, 8 or 10 digits starting with a chapter 01–97.',
    es: 'No es un código del SA: use 2, 4, 6, 8 o 10 dígitos que empiecen por un capítulo 01–97.',
  },
  'apiError.field.listed_twice': { en: 'Listed twice.', es: 'Figura dos veces.' },
  'apiError.field.not_party': { en: 'Not a Party to this agreement.', es: 'No es Parte de este tratado.' },
  'apiError.field.same_parties': {
    en: 'The complaining Party and the Party complained against must be different.',
    es: 'La Parte reclamante y la Parte demandada deben ser distintas.',
  },
  'apiError.field.third_party_is_side': {
    en: 'A third Party cannot be the complaining Party or the Party complained against.',
    es: 'Una tercera Parte no puede ser la Parte reclamante ni la demandada.',
  },
  'apiError.field.submitter_required': {
    en: 'Name the person or organization that filed the submission.',
    es: 'Indique la persona u organización que presentó la petición.',
  },
  'apiError.field.submission_no_complainant': {
    en: 'A submission is filed by a person or organization, not by a Party.',
    es: 'Una petición la presenta una persona u organización, no una Parte.',
  },
  'apiError.field.submission_no_third_parties': { en: 'A submission has no third Parties.', es: 'Una petición no tiene terceras Partes.' },
  'apiError.field.submitter_only_submission': {
    en: 'Only an environmental enforcement submission has a submitter.',
    es: 'Solo una petición sobre aplicación de la legislación ambiental tiene peticionario.',
  },
  'apiError.field.step_not_of_kind': {
    en: 'This step does not belong to this kind of case.',
    es: 'Esta actuación no corresponde a este tipo de caso.',
  },
  'apiError.field.kind_has_other_steps': {
    en: 'The steps recorded on this case do not belong to that kind of case: correct or remove them first.',
    es: 'Las actuaciones registradas en este caso no corresponden a ese tipo de caso: corríjalas o elimínelas primero.',
  },
  'apiError.field.agreed_date_or_days': {
    en: 'Give either the agreed date or the agreed number of days.',
    es: 'Indique la fecha acordada o el número de días acordado, no ambos.',
  },
  'apiError.field.not_agreeable': {
    en: 'The article of this time limit allows no other period.',
    es: 'El artículo de este plazo no admite otro plazo.',
  },
  'apiError.field.no_such_limit': { en: 'No such time limit under this agreement.', es: 'Este plazo no existe en este tratado.' },
  'apiError.field.not_body': { en: 'Not a body of this agreement.', es: 'No es un órgano de este tratado.' },
  'apiError.field.ends_before_starts': {
    en: 'The last day cannot come before the first.',
    es: 'El último día no puede ser anterior al primero.',
  },
  'apiError.field.one_delegation': {
    en: 'Give either a Party or an organization, not both.',
    es: 'Indique una Parte o una organización, no ambas.',
  },
  'apiError.field.no_such_case': { en: 'No such case (it may be in the Trash).', es: 'Este caso no existe (puede estar en la Papelera).' },
  'apiError.field.case_other_agreement': {
    en: 'This case is under another agreement than the meeting.',
    es: 'Este caso corresponde a otro tratado que la reunión.',
  },
  'apiError.field.limit_not_running': {
    en: 'This time limit is not running for this case yet.',
    es: 'Este plazo aún no corre para este caso.',
  },
  'apiError.field.before_counted_from': {
    en: 'This date is before the date the period counts from.',
    es: 'Esta fecha es anterior a la fecha desde la que se cuenta el plazo.',
  },
  'apiError.field.control_character': {
    en: 'Contains a control character (such as NUL or a terminal code), which cannot be saved. Retype the text or paste it as plain text.',
    es: 'Contiene un carácter de control (como NUL o un código de terminal), que no se puede guardar. Vuelva a escribir el texto o péguelo como texto sin formato.',
  },
  'apiError.field.bidi_control': {
    en: 'Contains an invisible character that reverses the direction of the text, which could make it read differently from what is saved. Remove it.',
    es: 'Contiene un carácter invisible que invierte la dirección del texto y podría hacer que se lea distinto de lo que se guarda. Quítelo.',
  },
  'apiError.field.lone_surrogate': {
    en: 'Contains a damaged character that cannot be saved. Retype the text.',
    es: 'Contiene un carácter dañado que no se puede guardar. Vuelva a escribir el texto.',
  },
  'apiError.field.invisible_only': {
    en: 'Holds only invisible characters: enter text that can be read.',
    es: 'Solo contiene caracteres invisibles: escriba un texto que se pueda leer.',
  },
  'apiError.field.not_text': {
    en: 'Contains a character that is not text (a placeholder for a picture or a note left by another program, or a code Unicode reserves), which cannot be saved. Remove it or paste the text as plain text.',
    es: 'Contiene un carácter que no es texto (un marcador de una imagen o una nota dejado por otro programa, o un código que Unicode reserva), que no se puede guardar. Quítelo o pegue el texto como texto sin formato.',
  },
  'apiError.field.starts_with_mark': {
    en: 'Starts with an accent or another mark that has no letter to go on. Remove it, or type the letter before it.',
    es: 'Empieza con un acento u otra marca que no tiene una letra sobre la que ir. Quítela o escriba la letra antes de ella.',
  },
  'apiError.field.invalid': { en: 'Not valid.', es: 'No es válido.' },
});
