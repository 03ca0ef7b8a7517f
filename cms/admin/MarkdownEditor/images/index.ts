export { imagePasteAndDrop, type ImageUploadStatus } from './imagePasteAndDrop'
export { ImagePicker } from './ImagePicker'
