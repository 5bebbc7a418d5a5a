const PICTURE_DESCRIPTION =
  /^(?:an?\s+)?(?:portrait|photo|photograph|picture|image|illustration|close-up|headshot|stock photo)\s+of\s+\S/iu
const MAX_CAPTION_WORDS = 20
/** A sentence about a photo ("A photo of the ward was shared…") says something; a caption does not. */
const SENTENCE_VERB = /\b(?:is|are|was|were|has|have|had|shows|showed|says|said)\b/iu

/**
 * An image's description copied with the text ("portrait of a smiling nurse", "Photo of a
 * glucose monitor"): short, and it names what the picture shows rather than saying something.
 */
export function isPictureCaption(line: string): boolean {
  const normalised = line.trim().replace(/\s+/g, ' ')
  return (
    PICTURE_DESCRIPTION.test(normalised) &&
    normalised.split(' ').length <= MAX_CAPTION_WORDS &&
    !SENTENCE_VERB.test(normalised)
  )
}
