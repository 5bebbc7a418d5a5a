import { parentPort, workerData } from 'node:worker_threads'
import mammoth from 'mammoth'

/** What the main thread sends: the bytes of one .docx file. */
export interface DocxWorkerRequest {
  bytes: Uint8Array
}

/** What the worker posts back: the converted HTML, or why mammoth could not read the file. */
export type DocxWorkerResponse = { html: string; messages: string[] } | { error: string }

// Images are dropped by the sanitiser anyway, so skip base64-encoding them.
const skipImages = mammoth.images.imgElement(async () => ({ src: '' }))

async function convertDocx(request: DocxWorkerRequest): Promise<DocxWorkerResponse> {
  try {
    const result = await mammoth.convertToHtml(
      {
        buffer: Buffer.from(
          request.bytes.buffer,
          request.bytes.byteOffset,
          request.bytes.byteLength,
        ),
      },
      { convertImage: skipImages, externalFileAccess: false },
    )
    return { html: result.value, messages: result.messages.map((message) => message.message) }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}

function isDocxWorkerRequest(value: unknown): value is DocxWorkerRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { bytes?: unknown }).bytes instanceof Uint8Array
  )
}

const port = parentPort
if (port !== null) {
  const respond = async (request: unknown): Promise<void> => {
    const response: DocxWorkerResponse = isDocxWorkerRequest(request)
      ? await convertDocx(request)
      : { error: 'the worker received no document bytes' }
    port.postMessage(response)
  }
  if (isDocxWorkerRequest(workerData)) {
    void respond(workerData)
  } else {
    port.once('message', (message: unknown) => void respond(message))
  }
}
