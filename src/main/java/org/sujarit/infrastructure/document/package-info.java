/**
 * The documents every module prints, in the official style of Thai local government (A4, Sarabun,
 * page numbers "- ๒ -" in the tenant's numeral style). A module builds its document from its data
 * as {@link org.sujarit.infrastructure.document.Section}s of
 * {@link org.sujarit.infrastructure.document.Block}s (paragraphs, list entries, sub-headings,
 * {@link org.sujarit.infrastructure.document.Table}s), every text final, and picks a renderer:
 * <ul>
 *   <li>PDF: its template under {@code templates/} prints the model with the fragments of
 *       {@code document/parts} and the page style of {@code document/style}, and
 *       {@link org.sujarit.infrastructure.document.HtmlPdf} prints it with headless Chromium;</li>
 *   <li>XLSX: {@link org.sujarit.infrastructure.document.SheetWriter} writes a table as a sheet,
 *       {@link org.sujarit.infrastructure.document.XlsxFile} the workbook in the numeral style;</li>
 *   <li>DOCX: {@link org.sujarit.infrastructure.document.DocxWriter} writes sections and bordered tables.</li>
 * </ul>
 * {@link org.sujarit.infrastructure.document.DocumentFiles} answers a document as a file.
 */
package org.sujarit.infrastructure.document;
