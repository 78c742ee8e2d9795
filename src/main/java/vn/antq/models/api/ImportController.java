package vn.antq.models.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.antq.models.common.Messages;
import vn.antq.models.onboarding.ImportFileException;
import vn.antq.models.onboarding.ImportSheet;
import vn.antq.models.onboarding.ImportTemplate;
import vn.antq.models.onboarding.RegistryImport;
import vn.antq.models.onboarding.RegistryImportRepository;
import vn.antq.models.onboarding.RegistryImports;
import vn.antq.models.security.Official;
import vn.antq.models.security.Role;

/**
 * Onboarding a province (CONTRACT.md, "Registry import"): the template, a dry run (the default) or
 * an import of a workbook or a CSV sheet, and its progress and report. An import runs as the
 * process "Nhập sổ mô hình", the same one Tasklist starts, confirmed at upload. A province official imports
 * within their province, an administrator anywhere.
 */
@RestController
class ImportController {

    private final CurrentOfficial current;
    private final RegistryImports imports;
    private final RegistryImportRepository records;
    private final ImportTemplate template;
    private final Messages messages;
    private final ObjectMapper json = new ObjectMapper();

    ImportController(
            CurrentOfficial current,
            RegistryImports imports,
            RegistryImportRepository records,
            ImportTemplate template,
            Messages messages) {
        this.current = current;
        this.imports = imports;
        this.records = records;
        this.template = template;
        this.messages = messages;
    }

    /** The province an official may import into; null for an administrator (anywhere). */
    private String scope(Official official) {
        if (official.isAdmin()) {
            return null;
        }
        if (official.has(Role.APPROVER)) {
            return official.unit().getCode();
        }
        throw new ApiException(HttpStatus.FORBIDDEN, null, messages.get("api.importNotAllowed"));
    }

    @GetMapping("/api/imports/template.xlsx")
    ResponseEntity<byte[]> template(HttpServletRequest request) throws IOException {
        scope(current.of(request));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-nhap-so-mo-hinh.xlsx\"")
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(template.workbook());
    }

    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> start(
            HttpServletRequest request,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(value = "dryRun", defaultValue = "true") boolean dryRun,
            @RequestParam(value = "sheet", required = false) String sheet)
            throws IOException {
        Official official = current.of(request);
        String scope = scope(official);
        if (file == null || file.isEmpty()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "file",
                    messages.get("api.param", "file", messages.get("import.file.empty")));
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        boolean csv = name.toLowerCase(Locale.ROOT).endsWith(".csv");
        ImportSheet csvSheet = null;
        if (csv) {
            csvSheet = ImportSheet.byKey(sheet)
                    .orElseThrow(() -> new ApiException(
                            HttpStatus.BAD_REQUEST,
                            "sheet",
                            messages.get("api.param", "sheet", messages.get("import.file.csvSheet"))));
        }
        String fileName = name.length() > 255 ? name.substring(0, 255) : name;
        try (InputStream in = file.getInputStream()) {
            return view(
                    dryRun
                            ? imports.check(in, fileName, csvSheet, official.login(), scope)
                            : imports.importNow(in, fileName, csvSheet, official.login(), scope));
        } catch (ImportFileException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "file", messages.get(e.messageKey(), e.args()));
        }
    }

    @GetMapping("/api/imports/{id}")
    Map<String, Object> one(HttpServletRequest request, @PathVariable String id) throws IOException {
        Official official = current.of(request);
        RegistryImport record = records.findById(id)
                .filter(r -> official.isAdmin() || r.getImportedBy().equals(official.login()))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, null, messages.get("api.importNotFound")));
        return view(record);
    }

    private Map<String, Object> view(RegistryImport record) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", record.getId());
        body.put("dryRun", record.isDryRun());
        java.util.Optional<String> failure = imports.failure(record);
        body.put(
                "status",
                failure.isPresent()
                        ? RegistryImport.Status.FAILED.name()
                        : record.getStatus().name());
        body.put("processed", record.getProcessed());
        body.put("total", record.getTotal());
        body.put("fileName", record.getFileName());
        body.put("importedBy", record.getImportedBy());
        body.put("createdAt", record.getCreatedAt().toString());
        body.put("processInstanceId", record.getProcessInstanceId());
        JsonNode report = json.readTree(record.getReport());
        report.fields().forEachRemaining(f -> body.put(f.getKey(), f.getValue()));
        failure.ifPresent(f -> body.put("failure", f));
        return body;
    }
}
