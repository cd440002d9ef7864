/** The document types the server knows (its DocumentType labels), for the type pickers. */
export const DOCUMENT_TYPES = ['总结', '讲话', '方案', '通知', '意见', '报告', '汇报', '调研报告', '法规', '其他'];
