import { describe, expect, it } from 'vitest'
import { DRAFT_FILE_FILTERS } from '../../../src/main/window/draftFileFilters'
import { DRAFT_FILE_EXTENSIONS } from '../../../src/shared/import/draftFileFormats'

describe('the Open dialog filters', () => {
  it('offer exactly the extensions the importer opens, then all files', () => {
    const [drafts, allFiles] = DRAFT_FILE_FILTERS
    expect(drafts?.extensions.map((extension) => `.${extension}`)).toEqual([
      ...DRAFT_FILE_EXTENSIONS,
    ])
    expect(allFiles?.extensions).toEqual(['*'])
  })
})
