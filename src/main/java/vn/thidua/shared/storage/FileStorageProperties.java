package vn.thidua.shared.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize the default size limit of an uploaded file
 * ({@code thidua.files.max-size}, 10 MB unless set); it must stay below the servlet
 * container's multipart limit ({@code spring.servlet.multipart.max-file-size}), so that a
 * larger file still reaches the application and gets a message on its form
 */
@ConfigurationProperties("thidua.files")
record FileStorageProperties(@DefaultValue("10MB") DataSize maxSize) {

}
