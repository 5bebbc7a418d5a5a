export const DRAFT_FILE_FILTERS = [
  { name: 'Drafts', extensions: ['docx', 'html', 'htm', 'md', 'markdown', 'txt'] },
  { name: 'All files', extensions: ['*'] },
]
