package fanwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;

class FilePropertiesTest {

    @Test
    void theWordProgramPrefixAndTheFileExtensionAreStrippedFromATitle() {
        assertEquals(Optional.of("关于加强纳税信用建设的通知"), FileProperties.title(titled("Microsoft Word - 关于加强纳税信用建设的通知.doc")));
    }

    @Test
    void aRealTitleThatStartsLikeAPlaceholderIsKept() {
        for (String title : new String[] {"新建住宅小区防汛设施管理办法", "文档管理办法", "Document Retention Policy"}) {
            assertEquals(Optional.of(title), FileProperties.title(titled(title)), title);
        }
    }

    @Test
    void emptyAndPlaceholderTitlesAreAbsent() {
        for (String useless : new String[] {"", "  ", "Microsoft Word - ", "无标题", "Untitled", "Document1", "文档 2",
                "Microsoft Word - 文档1.docx", "New Document 3", "新建 Microsoft Word 文档", "WPS"}) {
            assertEquals(Optional.empty(), FileProperties.title(titled(useless)), useless);
        }
    }

    @Test
    void aZeroFiletimeIsNoCreationDate() {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.CREATED, "1601-01-01T00:00:00Z");
        assertEquals(Optional.empty(), FileProperties.created(metadata));
        metadata.set(TikaCoreProperties.CREATED, "2019-08-20T10:47:58Z");
        assertEquals(Optional.of(LocalDate.of(2019, 8, 20)), FileProperties.created(metadata));
    }

    private static Metadata titled(String title) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.TITLE, title);
        return metadata;
    }
}
