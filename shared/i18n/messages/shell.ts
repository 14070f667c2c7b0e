// Strings of the app shell, dashboard, cases table, empty state and settings.
// Keys are prefixed by area. Spanish follows the usage of the official Spanish
// treaty texts ("plazo", "grupo arbitral", "Comisión de Libre Comercio").
import { defineMessages } from '../define';

export const shellMessages = defineMessages({
  'app.name': { en: 'Commission Desk', es: 'Commission Desk' },
  'app.tagline': { en: 'Free Trade Commission record', es: 'Registro de las Comisiones de Libre Comercio' },
  'app.skipToContent': { en: 'Skip to content', es: 'Saltar al contenido' },
  'app.loading': { en: 'Loading…', es: 'Cargando…' },
  'app.error': { en: 'Something went wrong: {message}', es: 'Se produjo un error: {message}' },
  'app.retry': { en: 'Try again', es: 'Reintentar' },
  // The desktop app's own dialog when another copy holds the data folder (issue 7 §3).
  'desktop.inUse.title': { en: 'The data is open in another copy', es: 'Los datos están abiertos en otra copia' },
  'desktop.inUse.detail': {
    en: 'Only one copy can make changes. You can open the data read-only here, or quit and use the other copy.',
    es: 'Solo una copia puede hacer cambios. Puede abrir los datos aquí en modo de solo lectura, o salir y usar la otra copia.',
  },
  'desktop.inUse.readOnly': { en: 'Open read-only', es: 'Abrir en solo lectura' },
  'desktop.inUse.quit': { en: 'Quit', es: 'Salir' },

  'nav.label': { en: 'Main', es: 'Principal' },
  'nav.dashboard': { en: 'Dashboard', es: 'Resumen' },
  'nav.cases': { en: 'Cases', es: 'Casos' },
  'nav.meetings': { en: 'Meetings', es: 'Reuniones' },
  'nav.submissions': { en: 'Submissions', es: 'Comunicaciones' },
  'nav.comingNext': { en: 'coming next', es: 'próximamente' },

  'language.label': { en: 'Language', es: 'Idioma' },
  'language.en': { en: 'English', es: 'English' },
  'language.es': { en: 'Español', es: 'Español' },

  'user.signedInAs': { en: 'Recording as', es: 'Registrando como' },
  'user.noName': { en: 'Name not set', es: 'Nombre sin indicar' },
  'user.settingsLink': { en: 'Settings', es: 'Configuración' },

  // Gender-neutral and formal (usted), as in the rest of the Spanish UI.
  'nameDialog.title': { en: 'Welcome to Commission Desk', es: 'Le damos la bienvenida a Commission Desk' },
  'nameDialog.intro': {
    en: 'Your name is written to the audit log with each change. You can change it later in Settings.',
    es: 'Su nombre se registra en la bitácora de auditoría con cada cambio. Puede cambiarlo después en Configuración.',
  },
  'nameDialog.label': { en: 'Your name', es: 'Su nombre' },
  'nameDialog.save': { en: 'Continue', es: 'Continuar' },
  'nameDialog.required': { en: 'Please enter your name.', es: 'Indique su nombre.' },

  'settings.title': { en: 'Settings', es: 'Configuración' },
  'settings.name.heading': { en: 'Your name', es: 'Su nombre' },
  'settings.name.help': {
    en: 'Written to the audit log with each change you make.',
    es: 'Se registra en la bitácora de auditoría con cada cambio que haga.',
  },
  'settings.name.label': { en: 'Name', es: 'Nombre' },
  'settings.name.save': { en: 'Save name', es: 'Guardar nombre' },
  'settings.name.saved': { en: 'Saved.', es: 'Guardado.' },
  'settings.language.heading': { en: 'Language', es: 'Idioma' },
  'settings.language.help': {
    en: 'Labels, dates and treaty time-limit titles are shown in this language.',
    es: 'Las etiquetas, las fechas y los títulos de los plazos se muestran en este idioma.',
  },

  'notFound.title': { en: 'Page not found', es: 'Página no encontrada' },
  'notFound.body': { en: 'There is no page at “{path}”.', es: 'No existe ninguna página en «{path}».' },
  'notFound.home': { en: 'Go to the dashboard', es: 'Ir al panel' },

  'welcome.title': { en: 'No cases yet', es: 'Aún no hay casos' },
  'welcome.what': {
    en: 'Commission Desk keeps the record of the Free Trade Commissions of CAFTA-DR, the US–Colombia TPA and the US–Peru TPA: state-to-state disputes and labor and environmental consultations, step by step.',
    es: 'Commission Desk lleva el registro de las Comisiones de Libre Comercio del CAFTA-DR, del APC Colombia–EE. UU. y del APC Perú–EE. UU.: controversias entre Estados y consultas laborales y ambientales, paso a paso.',
  },
  'welcome.limits': {
    en: 'From the dated events of a case it computes each treaty time limit that follows, citing the article, and warns before a limit passes.',
    es: 'A partir de las actuaciones fechadas de cada caso calcula los plazos del tratado que siguen, con el artículo que los establece, y avisa antes de que venzan.',
  },
  'welcome.offline': {
    en: 'Everything stays on this computer; no internet connection is needed.',
    es: 'Todo se guarda en esta computadora; no necesita conexión a internet.',
  },
  'welcome.loadSample': { en: 'Load the sample casebook', es: 'Cargar los casos de ejemplo' },
  'welcome.loadSampleHelp': {
    en: 'Real public matters, among them US v. Guatemala (labor), Costa Rica v. El Salvador, the 2019 US–Peru environmental consultations and a Colombia labor matter.',
    es: 'Asuntos públicos reales, entre ellos Estados Unidos c. Guatemala (laboral), Costa Rica c. El Salvador, las consultas ambientales Perú–EE. UU. de 2019 y un asunto laboral de Colombia.',
  },
  'welcome.loading': { en: 'Loading the sample casebook…', es: 'Cargando los casos de ejemplo…' },
  'welcome.newCase': { en: 'New case', es: 'Nuevo caso' },

  'dashboard.title': { en: 'Dashboard', es: 'Resumen' },
  'dashboard.limits.heading': { en: 'Time limits: overdue and next {days} days', es: 'Plazos: vencidos y de los próximos {days} días' },
  'dashboard.limits.today': { en: 'Today is {date}.', es: 'Hoy es {date}.' },
  'dashboard.limits.none': {
    en: 'Nothing is overdue and no time limit falls in the next {days} days.',
    es: 'No hay plazos vencidos ni plazos que venzan en los próximos {days} días.',
  },
  'dashboard.limits.case': { en: 'Case', es: 'Caso' },
  'dashboard.limits.limit': { en: 'Time limit', es: 'Plazo' },
  'dashboard.limits.date': { en: 'Date', es: 'Fecha' },
  'dashboard.limits.when': { en: 'When', es: 'Cuándo' },
  'dashboard.limits.article': { en: 'Article', es: 'Artículo' },
  'dashboard.limits.perishable': { en: 'perishable goods', es: 'bienes perecederos' },
  'dashboard.limits.overdue.one': { en: '1 overdue', es: '1 vencido' },
  'dashboard.limits.overdue.other': { en: '{count} overdue', es: '{count} vencidos' },
  'dashboard.limits.soon.one': { en: '1 due within {days} days', es: '1 vence en {days} días o menos' },
  'dashboard.limits.soon.other': { en: '{count} due within {days} days', es: '{count} vencen en {days} días o menos' },
  // Openings whose date has come: the step may be taken now, nobody is late.
  'dashboard.limits.open.one': { en: '1 step available now', es: '1 paso disponible ya' },
  'dashboard.limits.open.other': { en: '{count} steps available now', es: '{count} pasos disponibles ya' },
  'dashboard.limits.pastTarget.one': { en: '1 past the normal time', es: '1 después del plazo habitual' },
  'dashboard.limits.pastTarget.other': { en: '{count} past the normal time', es: '{count} después del plazo habitual' },
  // The list is cut to the most urgent (issue 6 §2); the badges above count all of them.
  'dashboard.limits.showing.one': { en: 'Showing the most urgent of {total}.', es: 'Se muestra el más urgente de {total}.' },
  'dashboard.limits.showing.other': { en: 'Showing the {count} most urgent of {total}.', es: 'Se muestran los {count} más urgentes de {total}.' },
  'dashboard.limits.more': { en: 'Show {count} more', es: 'Mostrar {count} más' },
  'dashboard.when.today': { en: 'Due today', es: 'Vence hoy' },
  'dashboard.when.left.one': { en: '1 day left', es: 'Queda 1 día' },
  'dashboard.when.left.other': { en: '{count} days left', es: 'Quedan {count} días' },
  'dashboard.when.overdue.one': { en: '1 day overdue', es: 'Vencido hace 1 día' },
  'dashboard.when.overdue.other': { en: '{count} days overdue', es: 'Vencido hace {count} días' },
  // Same words as the case page's status of an opening (timeline.status.*).
  'dashboard.when.opensIn.one': { en: 'Available in 1 day', es: 'Disponible en 1 día' },
  'dashboard.when.opensIn.other': { en: 'Available in {count} days', es: 'Disponible en {count} días' },
  'dashboard.when.openSince.one': { en: 'Available for 1 day', es: 'Disponible desde hace 1 día' },
  'dashboard.when.openSince.other': { en: 'Available for {count} days', es: 'Disponible desde hace {count} días' },
  'dashboard.when.opensToday': { en: 'Available from today', es: 'Disponible desde hoy' },
  // A "normally within" target (CAFTA-DR Art. 17.8.7): never "overdue".
  'dashboard.when.normallyIn.one': { en: 'Normally in 1 day', es: 'Normalmente en 1 día' },
  'dashboard.when.normallyIn.other': { en: 'Normally in {count} days', es: 'Normalmente en {count} días' },
  'dashboard.when.normallyToday': { en: 'Normally today', es: 'Normalmente hoy' },
  'dashboard.when.pastTarget.one': { en: '1 day past the normal time', es: '1 día después del plazo habitual' },
  'dashboard.when.pastTarget.other': { en: '{count} days past the normal time', es: '{count} días después del plazo habitual' },
  'dashboard.summary.heading': { en: 'Cases by agreement and status', es: 'Casos por acuerdo y estado' },
  'dashboard.summary.agreement': { en: 'Agreement', es: 'Acuerdo' },
  'dashboard.summary.total': { en: 'Total', es: 'Total' },

  'cases.title': { en: 'Cases', es: 'Casos' },
  'cases.new': { en: 'New case', es: 'Nuevo caso' },
  'cases.total.one': { en: '1 case', es: '1 caso' },
  'cases.total.other': { en: '{count} cases', es: '{count} casos' },
  // A search counted up to a cap (cases.list totalIsLowerBound): more than {count} match.
  'cases.totalAtLeast.one': { en: '{count}+ cases', es: 'más de {count} caso' },
  'cases.totalAtLeast.other': { en: '{count}+ cases', es: 'más de {count} casos' },
  'cases.tableLabel': { en: 'Cases, scroll to see more', es: 'Casos; desplácese para ver más' },
  'cases.noMatch': { en: 'No case matches these filters.', es: 'Ningún caso coincide con estos filtros.' },
  'cases.perishable': { en: 'Perishable', es: 'Perecedero' },
  'cases.perishable.help': {
    en: 'Perishable goods (HS chapters 1–24): shorter consultation time limits apply.',
    es: 'Bienes perecederos (capítulos 1–24 del SA): se aplican plazos de consulta más cortos.',
  },
  'cases.sample': { en: 'Sample', es: 'Ejemplo' },
  'cases.sample.help': {
    en: 'From the sample casebook of real public matters, loaded on request.',
    es: 'De los casos de ejemplo (asuntos públicos reales), cargados a petición.',
  },
  'cases.noLimit': { en: 'none pending', es: 'ninguno pendiente' },
  'cases.limitPast': { en: '(date passed)', es: '(fecha vencida)' },

  'cases.column.reference': { en: 'Reference', es: 'Referencia' },
  'cases.column.title': { en: 'Title', es: 'Título' },
  'cases.column.agreement': { en: 'Agreement', es: 'Acuerdo' },
  'cases.column.kind': { en: 'Kind', es: 'Tipo' },
  // "Parte reclamante → Parte demandada", shortened: Parte is feminine.
  // For an environment submission the cell reads "PRETOMA (submitter) → Costa Rica".
  'cases.column.parties': { en: 'Complainant → respondent', es: 'Reclamante → demandada' },
  'cases.column.stage': { en: 'Stage', es: 'Etapa' },
  'cases.column.status': { en: 'Status', es: 'Estado' },
  'cases.column.nextLimit': { en: 'Next time limit', es: 'Próximo plazo' },
  'cases.column.opened': { en: 'Opened', es: 'Apertura' },
  'cases.column.leadOfficer': { en: 'Lead officer', es: 'Funcionario a cargo' },
  'cases.column.updated': { en: 'Updated', es: 'Actualizado' },

  'cases.filter.heading': { en: 'Filter cases', es: 'Filtrar casos' },
  'cases.filter.search': { en: 'Search', es: 'Buscar' },
  'cases.filter.searchPlaceholder': { en: 'Reference, title, measure, sector…', es: 'Referencia, título, medida, sector…' },
  'cases.filter.agreement': { en: 'Agreement', es: 'Acuerdo' },
  'cases.filter.kind': { en: 'Kind', es: 'Tipo' },
  'cases.filter.status': { en: 'Status', es: 'Estado' },
  'cases.filter.stage': { en: 'Stage', es: 'Etapa' },
  'cases.filter.party': { en: 'Party', es: 'Parte' },
  'cases.filter.any': { en: 'All', es: 'Todos' },
  // For the feminine nouns: "Parte", "Etapa".
  'cases.filter.anyFeminine': { en: 'All', es: 'Todas' },
  'cases.filter.clear': { en: 'Clear filters', es: 'Quitar filtros' },
  'cases.group.label': { en: 'Group by', es: 'Agrupar por' },
  'cases.group.none': { en: 'No grouping', es: 'Sin agrupar' },
  'cases.group.agreement': { en: 'Agreement', es: 'Acuerdo' },
  'cases.group.stage': { en: 'Stage', es: 'Etapa' },
  'cases.group.count.one': { en: '1 case', es: '1 caso' },
  'cases.group.count.other': { en: '{count} cases', es: '{count} casos' },

  // Tab titles of screens about one record (the route table, renderer/routing/routes.ts).
  'route.case': { en: 'Case', es: 'Caso' },
  'route.case.named': { en: 'Case {name}', es: 'Caso {name}' },
  'route.caseEdit': { en: 'Edit case', es: 'Editar caso' },
  'route.caseEdit.named': { en: 'Edit case {name}', es: 'Editar caso {name}' },

  // The table every list uses (renderer/table/).
  'table.columns.menu': { en: 'Columns', es: 'Columnas' },
  'table.columns.legend': { en: 'Show columns', es: 'Mostrar columnas' },
  'table.sort.ascending': { en: 'sorted ascending', es: 'orden ascendente' },
  'table.sort.descending': { en: 'sorted descending', es: 'orden descendente' },
  'table.resize': { en: 'Width of column {column}', es: 'Ancho de la columna {column}' },
  'table.resize.value': { en: '{width} pixels', es: '{width} píxeles' },
  'table.keyboardHelp': {
    en: 'Up and down arrows move between rows, Page Up and Page Down by a screen, Home and End to the first and last row; Enter opens the row.',
    es: 'Las flechas arriba y abajo pasan de una fila a otra, Re Pág y Av Pág avanzan una pantalla, Inicio y Fin van a la primera y la última fila; Intro abre la fila.',
  },
  'table.rowsShown': { en: 'Rows {first}–{last} of {total}', es: 'Filas {first}–{last} de {total}' },
  'table.previousRows': { en: 'Previous rows', es: 'Filas anteriores' },
  'table.nextRows': { en: 'Next rows', es: 'Filas siguientes' },
  'app.screenFailed': { en: 'This screen could not be shown.', es: 'No se pudo mostrar esta pantalla.' },
});
