package fanwen.extract.ofd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ofdrw.core.basicStructure.pageObj.Content;
import org.ofdrw.core.basicStructure.pageObj.Page;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.ImageObject;
import org.ofdrw.core.basicStructure.res.CT_MultiMedia;
import org.ofdrw.core.basicStructure.res.OFDResource;
import org.ofdrw.core.basicStructure.res.Res;
import org.ofdrw.core.basicStructure.res.resources.MultiMedias;
import org.ofdrw.core.basicType.ST_Loc;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.reader.ResourceLocator;

/**
 * Where the images an OFD page draws are in the package: the {@code ImageObject}s of the page's content (in its
 * layers and, at any depth, its {@code PageBlock}s), each looked up by its {@code ResourceID} among the page's own
 * resources ({@code PageRes}) and then the document's ({@code PublicRes}, {@code DocumentRes}, through
 * {@code ofdrw}'s {@link org.ofdrw.reader.ResourceManage}). A location is resolved as {@code ofdrw} resolves the
 * document's: against the folder of the resource file and its {@code BaseLoc}; the result is a location in the
 * package, which {@link OfdPackage#part} checks before anything is read. Page templates are not looked at (as
 * {@link PageLines} does not read their text), nor image masks; a resource that is missing, no image, or malformed
 * is left out.
 */
final class PageImages {

    private final OFDReader reader;

    PageImages(OFDReader reader) {
        this.reader = reader;
    }

    /** The package locations of the images page {@code pageNumber} (from 1) draws, in drawing order, each once. */
    List<String> locations(int pageNumber) {
        Page page = reader.getPage(pageNumber);
        List<String> ids = new ArrayList<>();
        Content content = page.getContent();
        if (content != null) {
            content.getLayers().forEach(layer -> collectImageIds(layer.getPageBlocks(), ids));
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, String> pageImages = pageResourceImages(page, reader.getPageAbsLoc(pageNumber));
        Set<String> locations = new LinkedHashSet<>();
        for (String id : ids) {
            Optional.ofNullable(pageImages.get(id)).or(() -> documentImage(id)).ifPresent(locations::add);
        }
        return List.copyOf(locations);
    }

    private static void collectImageIds(List<PageBlockType> blocks, List<String> ids) {
        for (PageBlockType block : blocks) {
            if (block instanceof ImageObject image && image.attributeValue("ResourceID") != null) {
                ids.add(image.attributeValue("ResourceID").strip());
            } else if (block instanceof CT_PageBlock nested) {
                collectImageIds(nested.getPageBlocks(), ids);
            }
        }
    }

    private Optional<String> documentImage(String id) {
        return Optional.ofNullable(reader.getResMgt().getMultiMedia(id)).flatMap(PageImages::imageLocation);
    }

    /** The images of the page's own resource files, by ID, at their package locations. */
    private Map<String, String> pageResourceImages(Page page, ST_Loc pageLocation) {
        Map<String, String> images = new HashMap<>();
        ResourceLocator locator = reader.getResourceLocator();
        for (ST_Loc resLoc : page.getPageResList()) {
            locator.save();
            try {
                locator.cd(pageLocation.parent());
                Res res = locator.get(resLoc, Res::new);
                locator.cd(resLoc.parent());
                for (OFDResource resource : res.getResources()) {
                    if (resource instanceof MultiMedias medias) {
                        for (CT_MultiMedia media : medias.getMultiMedias()) {
                            resolve(locator, res.getBaseLoc(), media).ifPresent(loc -> images.put(id(media), loc));
                        }
                    }
                }
            } catch (Exception e) {
                // a missing or malformed resource file loses its images, not the page
            } finally {
                locator.restore();
            }
        }
        return images;
    }

    private static String id(CT_MultiMedia media) {
        return String.valueOf(media.attributeValue("ID")).strip();
    }

    /**
     * As {@code ResourceManage} resolves a document resource: against the base folder, else the resource file's
     * folder (the locator's current one); empty when {@code ofdrw} finds no such folder.
     */
    private static Optional<String> resolve(ResourceLocator locator, ST_Loc base, CT_MultiMedia media) {
        ST_Loc file = media.getMediaFile();
        if (file == null || file.isEmpty() || !isImage(media)) {
            return Optional.empty();
        }
        try {
            if (file.isRootPath()) {
                return Optional.of(file.getLoc());
            }
            if (base == null || base.isEmpty()) {
                return Optional.of(locator.getAbsTo(file).getLoc());
            }
            return Optional.of((base.isRootPath() ? base : locator.getAbsTo(base)).cat(file).getLoc());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> imageLocation(CT_MultiMedia media) {
        ST_Loc file = media.getMediaFile(); // made absolute by ResourceManage
        return isImage(media) && file != null && !file.isEmpty() ? Optional.of(file.getLoc()) : Optional.empty();
    }

    private static boolean isImage(CT_MultiMedia media) {
        return "Image".equals(media.attributeValue("Type"));
    }
}
