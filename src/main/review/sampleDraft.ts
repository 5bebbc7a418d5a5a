import sampleDraftText from '../../../resources/samples/short-walks-blood-sugar.txt?raw'

/** The draft a new user sees on first launch; embedded so it works from any install. */
export const sampleDraft = {
  fileName: 'short-walks-blood-sugar.txt',
  bytes: (): Uint8Array => new TextEncoder().encode(sampleDraftText),
}
