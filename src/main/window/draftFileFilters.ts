import { DRAFT_FILE_EXTENSIONS } from '../../shared/import/draftFileFormats'

export const DRAFT_FILE_FILTERS = [
  { name: 'Drafts', extensions: DRAFT_FILE_EXTENSIONS.map((extension) => extension.slice(1)) },
  { name: 'All files', extensions: ['*'] },
]
