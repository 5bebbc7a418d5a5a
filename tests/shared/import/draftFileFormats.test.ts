import { describe, expect, it } from 'vitest'
import {
  DRAFT_FILE_ACCEPT,
  DRAFT_FILE_EXTENSIONS,
  DRAFT_FILE_EXTENSIONS_DESCRIPTION,
  draftFileFormat,
  fileExtension,
} from '../../../src/shared/import/draftFileFormats'

describe('draft file formats', () => {
  it('reads the format from the extension, whatever its case and wherever the file is', () => {
    expect(draftFileFormat('Draft.DOCX')).toBe('docx')
    expect(draftFileFormat('page.htm')).toBe('html')
    expect(draftFileFormat('/home/ana/notes.markdown')).toBe('md')
    expect(draftFileFormat('C:\\Drafts\\copy.v2.txt')).toBe('txt')
  })

  it('opens nothing without a known extension', () => {
    for (const name of ['scan.pdf', 'README', '.txt', 'folder.txt/README', 'draft.txt.exe']) {
      expect(draftFileFormat(name)).toBeNull()
    }
  })

  it('finds extensions the way path.extname does, in lower case', () => {
    expect(fileExtension('a/b.c/Draft.Docx')).toBe('.docx')
    expect(fileExtension('.hidden')).toBe('')
    expect(fileExtension('trailing.')).toBe('.')
  })

  it('gives the file input and the message the extensions the importer opens', () => {
    expect(DRAFT_FILE_ACCEPT.split(',')).toEqual([...DRAFT_FILE_EXTENSIONS])
    for (const extension of DRAFT_FILE_EXTENSIONS) {
      expect(DRAFT_FILE_EXTENSIONS_DESCRIPTION).toContain(extension)
      expect(draftFileFormat(`draft${extension}`)).not.toBeNull()
    }
  })
})
