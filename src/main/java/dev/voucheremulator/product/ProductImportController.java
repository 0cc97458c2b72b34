package dev.voucheremulator.product;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.asyncaction.AsyncActionService.Accepted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The two CSV imports: the only endpoints that read a multipart body (its part {@code file}). */
@RestController
@RequestMapping("/v1")
@Tag(name = "Products")
class ProductImportController {

    private final ProductImport imports;

    ProductImportController(ProductImport imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/products/importCSV", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "import-products-using-csv", summary = "Import Products using CSV")
    Accepted importProducts(@Parameter(hidden = true) Project project,
                            @RequestPart(name = "file", required = false) MultipartFile file) {
        return imports.importProducts(project.id(), csv(file));
    }

    @PostMapping(path = "/skus/importCSV", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "import-SKUs-using-csv", summary = "Import SKUs using CSV")
    Accepted importSkus(@Parameter(hidden = true) Project project,
                        @RequestPart(name = "file", required = false) MultipartFile file) {
        return imports.importSkus(project.id(), csv(file));
    }

    private static CsvTable csv(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw ApiException.invalidPayload("Missing file: send the CSV as the multipart part 'file'");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes())).toString();
            if (text.indexOf('\0') >= 0) {
                throw ApiException.invalidPayload("The CSV file holds a NUL character");
            }
            return CsvTable.parse(text);
        } catch (CharacterCodingException e) {
            throw ApiException.invalidPayload("The CSV file is not UTF-8 text");
        } catch (IOException e) {
            throw ApiException.invalidPayload("The multipart body could not be read");
        }
    }
}
